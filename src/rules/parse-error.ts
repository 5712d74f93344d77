import { defineRule } from './types.js';

/**
 * Files that do not parse are reported by the scan itself (before any model exists); this rule
 * reports templates that parse but cannot be read as CloudFormation. A policy document IAM would
 * reject is `policy-invalid`.
 */
export default defineRule({
  meta: {
    id: 'parse-error',
    severity: 'high',
    title: 'File cannot be read',
    why: 'A candidate file that is not valid YAML or JSON, or a template whose structure is wrong (Resources that is a list, a resource without a Type), fails to deploy, and PolicyGate cannot check what it does. A gate that skipped it silently would pass it unchecked.',
    fix: 'Fix the syntax or structure at the reported line; `cfn-lint` gives more detail on template structure.',
    family: 'scanner',
    // The parser (src/parse/) and the template model (src/template/) word what is wrong; they may
    // not import rules (the layer lint), so their sentence comes as data.
    messages: { syntax: '{{problem}}', structure: '{{problem}}' },
  },
  checkTemplate(t, ctx) {
    for (const p of t.problems) {
      ctx.report({ node: p.node, messageId: 'structure', data: { problem: p.message }, key: p.message });
    }
  },
});
