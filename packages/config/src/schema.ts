import type { Registry, Rule } from '@reportlint/core';

/** A JSON Schema (draft-07) document or fragment. */
export type JsonSchema = { [key: string]: unknown };

const SEVERITY: JsonSchema = { enum: ['off', 'warn', 'error'] };

/** TypeBox schemas carry symbol keys; a JSON round trip leaves plain JSON Schema. */
function plain(schema: object): JsonSchema {
  return JSON.parse(JSON.stringify(schema)) as JsonSchema;
}

/**
 * Options are merged over the rule's defaults, so a config may give any subset of them:
 * the top-level `required` list of the options object does not apply to what users write.
 */
function writableOptions(schema: object): JsonSchema {
  const { required: _required, ...rest } = plain(schema);
  return rest;
}

function ruleSetting(rule: Rule<unknown>): JsonSchema {
  const { description, schema } = rule.meta;
  const withOptions: JsonSchema = schema
    ? { type: 'array', items: [SEVERITY, writableOptions(schema)], minItems: 1, maxItems: 2, additionalItems: false }
    : { type: 'array', items: [SEVERITY], minItems: 1, maxItems: 1, additionalItems: false };
  return {
    description: `${description['zh-CN']} — ${description.en} (${rule.url})`,
    anyOf: [SEVERITY, withOptions],
  };
}

/**
 * The JSON Schema of a configuration file for the given registry (built-ins plus plugins),
 * so editors complete and check `.reportlintrc.json`. Rule options are embedded from each rule's schema.
 */
export function configJsonSchema(registry: Registry): JsonSchema {
  const presets = [...registry.presets.keys()];
  const outlines = [...registry.outlines.keys()];
  const presetName: JsonSchema = { enum: [...presets, ...presets.map((p) => `reportlint:${p}`)] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'reportlint configuration',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Presets to start from, applied in order.',
        anyOf: [presetName, { type: 'array', items: presetName }],
      },
      outline: {
        description: 'A built-in outline profile id, or a path (relative to this file) to a profile JSON file.',
        anyOf: [{ enum: outlines }, { type: 'string', pattern: '[\\\\/]|\\.json$' }, { type: 'object' }],
      },
      rules: {
        type: 'object',
        properties: Object.fromEntries([...registry.rules.values()].map((rule) => [rule.id, ruleSetting(rule)])),
        // Rules of plugins not loaded here are "plugin/rule"; anything else is a typo.
        patternProperties: { '^[^/]+/': { anyOf: [SEVERITY, { type: 'array', items: [SEVERITY], minItems: 1, maxItems: 2 }] } },
        additionalProperties: false,
      },
      plugins: {
        description: 'npm packages exporting rules, outline profiles and presets.',
        type: 'array',
        items: { type: 'string' },
      },
      locale: { description: 'Language of the findings.', enum: ['zh-CN', 'en'] },
    },
  };
}
