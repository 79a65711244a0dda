import { describe, expect, it } from 'vitest';
import { Type, createRegistry, defineRule } from '@reportlint/core';
import { configJsonSchema } from '@reportlint/config';
import { builtinPlugin } from '@reportlint/rules';

const withOptions = defineRule({
  id: 'county/max-length',
  meta: {
    severity: 'warn',
    family: 'style',
    fixable: false,
    description: { 'zh-CN': '句子不宜过长', en: 'Sentences should not be too long' },
    messages: { long: { 'zh-CN': '过长', en: 'Too long' } },
    schema: Type.Object({ max: Type.Integer({ minimum: 1, default: 120 }), unit: Type.Union([Type.Literal('char'), Type.Literal('word')], { default: 'char' }) }),
  },
  check() {},
});

describe('configJsonSchema', () => {
  const registry = createRegistry([builtinPlugin, { rules: [withOptions] }]);
  const schema = configJsonSchema(registry);
  const properties = schema['properties'] as Record<string, Record<string, unknown>>;
  const rules = properties['rules']!['properties'] as Record<string, { description: string; anyOf: Array<Record<string, unknown>> }>;

  it('is a draft-07 schema of the config file keys', () => {
    expect(schema['$schema']).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(properties).sort()).toEqual(['$schema', 'extends', 'locale', 'outline', 'plugins', 'rules']);
    expect(schema['additionalProperties']).toBe(false);
  });

  it('has one property per rule of the registry, described in both locales', () => {
    expect(Object.keys(rules).sort()).toEqual([...registry.rules.keys()].sort());
    expect(rules['county/max-length']!.description).toContain('句子不宜过长');
    expect(rules['county/max-length']!.description).toContain('Sentences should not be too long');
  });

  it('embeds the options schema as plain JSON Schema, with every option optional', () => {
    const [severity, array] = rules['county/max-length']!.anyOf;
    expect(severity).toEqual({ enum: ['off', 'warn', 'error'] });
    const [, options] = array!['items'] as Array<Record<string, unknown>>;
    expect(options).toEqual({
      type: 'object',
      properties: {
        max: { type: 'integer', minimum: 1, default: 120 },
        unit: { anyOf: [{ type: 'string', const: 'char' }, { type: 'string', const: 'word' }], default: 'char' },
      },
    });
    expect(Object.getOwnPropertySymbols(options)).toEqual([]);
  });

  it('lists presets and outline ids for extends and outline', () => {
    expect(JSON.stringify(properties['extends'])).toContain('"recommended"');
    expect(JSON.stringify(properties['outline'])).toContain('"fazhi-2019"');
  });

  it('survives a JSON round trip (what a generator script writes)', () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});
