/**
 * The README's pictures of what PolicyGate posts on a pull request, rendered from the real
 * Markdown the bot writes: a pull request (a base and a head commit in a temporary git repository)
 * is scanned as the Action scans it, and the inline comment and sticky summary it would post are
 * turned into HTML with markdown-it and drawn as SVG (HTML inside a foreignObject, GitHub's look).
 * Run with `npm run pictures`; it writes docs/images/review-comment.svg and docs/images/summary.svg.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import MarkdownIt from 'markdown-it';
import { scan } from '../src/scan/scan.js';
import { severityRank } from '../src/findings/types.js';
import { markdownSummary } from '../src/report/markdown.js';
import { commentBody, suggestion } from '../src/github/comment.js';
import { ruleDescriptions } from '../src/scan/rule-descriptions.js';
import { VERSION } from '../src/scan/version.js';

const out = path.resolve(process.argv[2] ?? '.', 'docs/images');

const BASE = `AWSTemplateFormatVersion: '2010-09-09'
Description: Orders API
Resources:
  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
  OrdersRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: orders
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: [dynamodb:GetItem, dynamodb:PutItem]
                Resource: !GetAtt OrdersTable.Arn
`;
// The pull request: a broader policy, a debugging port opened to the world, an unencrypted queue.
const HEAD = BASE.replace(
  '                Action: [dynamodb:GetItem, dynamodb:PutItem]\n                Resource: !GetAtt OrdersTable.Arn\n',
  `                Action: [dynamodb:GetItem, dynamodb:PutItem]
                Resource: !GetAtt OrdersTable.Arn
              - Effect: Allow
                Action: ['iam:PassRole', 's3:*']
                Resource: '*'
  DebugAccess:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: temporary access for debugging
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`,
);

function repository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'policygate-pictures-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=dev', '-c', 'user.email=dev@example.com', ...args], {
      cwd: dir,
      encoding: 'utf8',
    }).trim();
  mkdirSync(path.join(dir, 'stacks'));
  git('init', '-q');
  writeFileSync(path.join(dir, 'stacks/orders-api.yaml'), BASE);
  git('add', '.');
  git('commit', '-qm', 'base');
  writeFileSync(path.join(dir, 'stacks/orders-api.yaml'), HEAD);
  git('commit', '-qam', 'head');
  return dir;
}

const CSS = `
  .page { font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif;
          color: #1f2328; background: #ffffff; padding: 16px; box-sizing: border-box; width: 100%; }
  .box { border: 1px solid #d1d9e0; border-radius: 6px; overflow: hidden; }
  .head { background: #f6f8fa; border-bottom: 1px solid #d1d9e0; padding: 8px 16px; color: #59636e; }
  .head b { color: #1f2328; }
  .body { padding: 8px 16px; }
  .code { font: 12px/20px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #fff; }
  .code div { padding: 0 16px; white-space: pre; }
  .code .hit { background: #fff8c5; }
  h2 { font-size: 1.5em; border-bottom: 1px solid #d1d9e0; padding-bottom: .3em; margin: 8px 0 16px; }
  h3 { font-size: 1.25em; margin: 24px 0 16px; }
  p { margin: 0 0 12px; }
  a { color: #0969da; text-decoration: none; }
  code { font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: .2em .4em; border-radius: 6px; }
  pre { background: #f6f8fa; border-radius: 6px; padding: 12px 16px; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin: 0 0 12px; }
  pre code { background: none; padding: 0; font-size: 100%; }
  table { border-collapse: collapse; margin: 0 0 12px; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; vertical-align: top; }
  th { font-weight: 600; }
  td:nth-child(-n+3) { white-space: nowrap; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  sub { font-size: 12px; color: #59636e; }
  .suggestion { border: 1px solid #d1d9e0; border-radius: 6px; margin: 0 0 12px; overflow: hidden;
                font: 12px/20px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
  .suggestion .title { font: 600 12px/1.5 -apple-system, "Segoe UI", "Noto Sans", sans-serif; background: #f6f8fa; padding: 6px 12px; border-bottom: 1px solid #d1d9e0; }
  .suggestion .del { background: #ffebe9; padding: 0 12px; white-space: pre; }
  .suggestion .add { background: #dafbe1; padding: 0 12px; white-space: pre; }
  .diff .add { color: #116329; }
  .diff .del { color: #82071e; }
`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** markdown-it as GitHub renders comments: raw HTML kept, suggestions and diffs drawn as GitHub does. */
function renderer(originalLine?: string): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: true, xhtmlOut: true });
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, i, options, env, self) => {
    const t = tokens[i];
    const lines = t.content.replace(/\n$/, '').split('\n');
    if (t.info === 'suggestion') {
      return `<div class="suggestion"><div class="title">Suggested change</div>${
        originalLine === undefined ? '' : `<div class="del">- ${esc(originalLine)}</div>`
      }${lines.map((l) => `<div class="add">+ ${esc(l)}</div>`).join('')}</div>`;
    }
    if (t.info === 'diff') {
      const rows = lines.map(
        (l) => `<span class="${l.startsWith('+') ? 'add' : l.startsWith('-') ? 'del' : ''}">${esc(l)}</span>`,
      );
      return `<pre class="diff"><code>${rows.join('\n')}</code></pre>`;
    }
    return fence(tokens, i, options, env, self);
  };
  return md;
}

/** An SVG that shows the HTML at this size. */
function svg(html: string, width: number, height: number, title: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">
<title>${esc(title)}</title>
<foreignObject x="0" y="0" width="${width}" height="${height}">
<div xmlns="http://www.w3.org/1999/xhtml" class="page"><style>${CSS}</style>
${html}
</div>
</foreignObject>
</svg>
`;
}

/**
 * A foreignObject needs a height. Measured by a headless Chromium when one is installed (the page
 * reports its own height through its title); otherwise estimated from the blocks the HTML holds.
 */
function height(html: string, width: number): number {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'policygate-measure-')), 'page.html');
  writeFileSync(
    file,
    `<!DOCTYPE html><html><head><style>body{margin:0}${CSS}</style></head><body style="width:${width}px"><div class="page">${html}</div>` +
      `<script>document.title = String(document.querySelector('.page').scrollHeight)</script></body></html>`,
  );
  for (const browser of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const dom = execFileSync(
        browser,
        ['--headless', '--no-sandbox', '--disable-gpu', `--window-size=${width},800`, '--dump-dom', `file://${file}`],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 60_000,
        },
      );
      const measured = /<title>(\d+)<\/title>/.exec(dom);
      if (measured) return Number(measured[1]) + 2;
    } catch {
      // not installed: try the next, then estimate
    }
  }
  return estimateHeight(html, width / 8);
}

function estimateHeight(html: string, charsPerLine: number): number {
  const text = (s: string) => s.replace(/<[^>]+>/g, '');
  let h = 48;
  for (const block of html.split(/(?=<(?:p|h2|h3|table|pre|div class="suggestion"|div class="code"|tr)\b)/)) {
    if (block.startsWith('<h2')) h += 56;
    else if (block.startsWith('<h3')) h += 52;
    else if (block.startsWith('<tr')) h += 34 * Math.max(1, Math.ceil(text(block).length / (charsPerLine * 1.4)));
    else if (block.startsWith('<pre')) h += 20 * (block.split('\n').length + 1) + 12;
    else if (block.startsWith('<div class="suggestion"')) h += 32 + 20 * (block.split('<div class="').length - 2) + 12;
    else if (block.startsWith('<div class="code"')) h += 20 * (block.split('<div').length - 1) + 8;
    else if (block.startsWith('<p')) h += 21 * Math.max(1, Math.ceil(text(block).length / charsPerLine)) + 12;
    else if (block.startsWith('<table')) h += 12;
  }
  return Math.ceil(h / 10) * 10;
}

async function main(): Promise<void> {
  const dir = repository();
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
    const base = execFileSync('git', ['rev-parse', 'HEAD~1'], { cwd: dir, encoding: 'utf8' }).trim();
    const result = await scan({ cwd: dir, files: { paths: ['.'], at: head }, compareWith: base, parameters: {} });
    const rules = ruleDescriptions();
    const lines = HEAD.split('\n');
    const url = 'https://github.com/acme/orders/blob/head';
    const summary = markdownSummary(
      { result, failOn: 'high', toolVersion: VERSION, rules },
      { previous: new Set(), link: (f, l, e) => `${url}/${f}#L${l}-L${e}` },
    );
    // The inline comment GitHub shows first: the most severe finding that comes with a one-line fix,
    // else the most severe.
    const open = [...result.findings].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
    const f = open.find((x) => suggestion(x, lines[x.line - 1]) !== undefined) ?? open[0];
    const body = commentBody(
      f,
      rules.find((r) => r.id === f.ruleId),
      lines[f.line - 1],
    );
    const context = lines
      .slice(Math.max(0, f.line - 4), f.line)
      .map((l, i, all) => `<div${i === all.length - 1 ? ' class="hit"' : ''}>${esc(l) || ' '}</div>`)
      .join('');
    const comment = `<div class="box"><div class="head"><b>${esc(f.file)}</b></div><div class="code">${context}</div>
<div class="head"><b>github-actions</b> <span>bot</span> commented</div>
<div class="body">${renderer(lines[f.line - 1]).render(body)}</div></div>`;
    const summaryHtml = `<div class="box"><div class="head"><b>github-actions</b> <span>bot</span> commented</div>
<div class="body">${renderer().render(summary)}</div></div>`;
    mkdirSync(out, { recursive: true });
    writeFileSync(
      path.join(out, 'review-comment.svg'),
      svg(comment, 820, height(comment, 820), `PolicyGate's inline review comment on ${f.file}:${f.line}`),
    );
    writeFileSync(
      path.join(out, 'summary.svg'),
      svg(summaryHtml, 1000, height(summaryHtml, 1000), "PolicyGate's sticky summary comment"),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
