/**
 * A small XML well-formedness check for the JUnit output: tags balance, attributes are quoted,
 * every `&` starts a known entity and no character XML forbids appears. Returns the elements found.
 */
export function parseXml(xml: string): Array<{ name: string; attrs: Record<string, string>; text: string }> {
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml)) throw new Error('control character in XML');
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(xml)) throw new Error('bare & in XML');
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: Array<{ name: string; attrs: Record<string, string>; text: string }> = [];
  const all: Array<{ name: string; attrs: Record<string, string>; text: string }> = [];
  const token = /<(\/?)([A-Za-z][\w.-]*)((?:\s+[\w.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < body.length) {
    token.lastIndex = at;
    m = token.exec(body);
    if (!m) throw new Error(`malformed XML at ${at}: ${body.slice(at, at + 40)}`);
    at = token.lastIndex;
    const [, close, name, attrText, selfClose, text] = m;
    if (text !== undefined) {
      if (stack.length) stack[stack.length - 1]!.text += text;
      else if (text.trim()) throw new Error('text outside the root element');
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const [, k, v] of attrText!.matchAll(/([\w.-]+)="([^"]*)"/g)) attrs[k!] = v!;
    const element = { name: name!, attrs, text: '' };
    all.push(element);
    if (!selfClose) stack.push(element);
  }
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return all;
}

export const unescapeXml = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
