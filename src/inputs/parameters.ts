/**
 * Template parameter values from `--parameters FILE` (a `{Key: Value}` mapping, CloudFormation's
 * `[{ParameterKey, ParameterValue}]` list, or `Key=Value` lines) and `--parameter KEY=VALUE`.
 */
import { parseYaml } from '../parse/yaml.js';
import { toPlain } from '../parse/node.js';
import { UsageError } from './errors.js';

export function parseParameterPair(pair: string, where: string): [string, string] {
  const i = pair.indexOf('=');
  if (i <= 0) throw new UsageError(`${where}: expected KEY=VALUE, got "${pair}"`);
  return [pair.slice(0, i).trim(), pair.slice(i + 1)];
}

export function parseParametersText(text: string, file: string): Record<string, string> {
  const trimmed = text.trim();
  if (!trimmed) return {};
  if (!/^[[{]/.test(trimmed) && /^[\w:.-]+=/.test(trimmed) && !/^\s*[\w:.-]+\s*:/.test(trimmed)) {
    const out: Record<string, string> = {};
    trimmed.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim() || line.trim().startsWith('#')) return;
      const [k, v] = parseParameterPair(line.trim(), `${file}:${i + 1}`);
      out[k] = v;
    });
    return out;
  }
  let doc: unknown;
  try {
    // Our parser, not the library's `parse`: it bounds nesting and alias expansion (a parameters
    // file can come from the repository).
    doc = toPlain(parseYaml(text).root);
  } catch (e) {
    throw new UsageError(
      `${file}: not valid JSON or YAML (${(e as Error).message.split('\n')[0]}); expected a mapping of parameter names to values`,
    );
  }
  const out: Record<string, string> = {};
  if (Array.isArray(doc)) {
    doc.forEach((p, i) => {
      if (!p || typeof p !== 'object' || !('ParameterKey' in p)) {
        throw new UsageError(`${file}: item ${i + 1} should be {ParameterKey, ParameterValue}`);
      }
      const { ParameterKey, ParameterValue } = p as { ParameterKey: unknown; ParameterValue: unknown };
      out[String(ParameterKey)] = Array.isArray(ParameterValue)
        ? ParameterValue.join(',')
        : String(ParameterValue ?? '');
    });
    return out;
  }
  if (doc && typeof doc === 'object') {
    // CDK/SAM style files nest the values under "Parameters".
    const map =
      'Parameters' in doc && typeof (doc as { Parameters: unknown }).Parameters === 'object'
        ? (doc as { Parameters: object }).Parameters
        : doc;
    for (const [k, v] of Object.entries(map)) out[k] = Array.isArray(v) ? v.join(',') : String(v);
    return out;
  }
  throw new UsageError(`${file}: expected a mapping of parameter names to values`);
}
