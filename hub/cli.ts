/**
 * `npm run hub -- <command>`: the office hub's command line (hub/cli/commands.ts), with the real
 * terminal, clock and signals. The dashboard's parts (its plugin, reports, manager sign-in and
 * `manager add`) come from hub/office.ts.
 */
import { runCli } from './cli/commands';
import { officeExtensions as extensions } from './office';

/** Reads a line from the terminal without echoing it, or the first line of piped input. */
function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    return new Promise((resolve, reject) => {
      let text = '';
      input.setEncoding('utf8');
      input.on('data', (chunk: string) => {
        text += chunk;
      });
      input.on('end', () => resolve(text.split(/\r?\n/)[0] ?? ''));
      input.on('error', reject);
    });
  }
  process.stderr.write(prompt);
  return new Promise((resolve) => {
    let text = '';
    input.setRawMode(true);
    input.setEncoding('utf8');
    input.resume();
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          input.setRawMode(false);
          input.pause();
          input.off('data', onData);
          process.stderr.write('\n');
          resolve(text);
          return;
        }
        if (char === '\u0003') process.exit(130);
        text = char === '\u007f' ? text.slice(0, -1) : text + char;
      }
    };
    input.on('data', onData);
  });
}

const stopSignal = new Promise((resolve) => {
  process.once('SIGINT', resolve);
  process.once('SIGTERM', resolve);
});

void runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  cwd: process.cwd(),
  now: Date.now,
  readPassword,
  stopSignal,
  extensions,
}).then((code) => {
  process.exitCode = code;
  // Open handles (stdin, a closed pool's timers) must not keep a finished command alive.
  setImmediate(() => process.exit(code));
});
