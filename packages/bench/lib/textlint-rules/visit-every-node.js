// A textlint rule that visits every node of every document and reports nothing: what textlint
// costs before any rule does real work (with no rules at all, textlint reads no file).
export default function visitEveryNode(context) {
  const handlers = {};
  for (const type of Object.values(context.Syntax)) handlers[type] = () => undefined;
  return handlers;
}
