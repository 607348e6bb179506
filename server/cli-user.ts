/**
 * `npm run cli -- user add|list`: the first administrator of a production database (which has
 * no demo users), and any user after that, without the web interface. The password comes from
 * DIGISALKKU_PASSWORD or standard input, never from the arguments: those are visible to every
 * user of the machine in `ps` and stay in the shell's history.
 */
import type { ZodError } from 'zod';
import { ROLES } from '../shared/user.ts';
import { type ManagedUser, type UserCreateInput, userCreateInputSchema } from '../shared/user-admin.ts';
import type { Database } from './db/database.ts';
import { DomainError } from './errors.ts';
import type { Actor } from './services/audit.ts';
import { createManagedUser, listUsers } from './services/user-admin.ts';

export const PASSWORD_VARIABLE = 'DIGISALKKU_PASSWORD';

export const USER_USAGE = `  npm run cli -- user add --username NAME --role ${ROLES.join('|')} [--ministry LVM] [--display-name "Name"]
  npm run cli -- user list [--json]

\`user add\` reads the password from ${PASSWORD_VARIABLE}, or else from standard input (asked
twice, unseen, on a terminal). An editor needs --ministry; the other roles have none.`;

export interface UserCliIo {
  out(line: string): void;
  err(line: string): void;
  /** The new password of `user add`; the default reads standard input. */
  readPassword?: (username: string) => Promise<string>;
  /** Where DIGISALKKU_PASSWORD is looked up; the default is process.env. */
  env?: Record<string, string | undefined>;
}

export type UserCommand =
  | { command: 'add'; username: string; role: string; ministry: string | null; displayName: string | null }
  | { command: 'list'; json: boolean };

const ADD_OPTIONS = {
  '--username': 'username',
  '--role': 'role',
  '--ministry': 'ministry',
  '--display-name': 'displayName',
} as const;

/** The command, or what is wrong with the arguments (the caller prints it with the usage). */
export function parseUserCommand(args: string[]): UserCommand | { error: string } {
  const [command, ...rest] = args;
  if (command === 'list') {
    const unknown = rest.find((arg) => arg !== '--json');
    return unknown
      ? { error: `Unknown option "${unknown}" for user list.` }
      : { command: 'list', json: rest.length > 0 };
  }
  if (command !== 'add')
    return {
      error: command ? `Unknown user command "${command}".` : 'Say what to do: user add or user list.',
    };
  const values: Partial<Record<(typeof ADD_OPTIONS)[keyof typeof ADD_OPTIONS], string>> = {};
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    const [flag = '', inline] = arg.split(/=(.*)/s);
    if (flag === '--password')
      return {
        error: `Never give a password on the command line; set ${PASSWORD_VARIABLE} or type it when asked.`,
      };
    const key = ADD_OPTIONS[flag as keyof typeof ADD_OPTIONS];
    if (!key) return { error: `Unknown option "${arg}" for user add.` };
    const value = inline ?? rest[++i];
    if (value === undefined) return { error: `Give a value after ${flag}.` };
    values[key] = value;
  }
  if (!values.username) return { error: 'Give the user name: --username NAME.' };
  if (!values.role) return { error: `Give the role: --role ${ROLES.join('|')}.` };
  return {
    command: 'add',
    username: values.username,
    role: values.role,
    ministry: values.ministry ?? null,
    displayName: values.displayName ?? null,
  };
}

const FLAG_OF: Record<string, string> = {
  username: '--username',
  displayName: '--display-name',
  role: '--role',
  ministry: '--ministry',
  password: 'password',
};

function describeIssues(error: ZodError): string[] {
  return error.issues.map((issue) => `${FLAG_OF[String(issue.path[0])] ?? 'input'}: ${issue.message}`);
}

/** Standard input's first line; on a terminal, asked twice without echo. */
async function readPasswordFromStdin(username: string, io: UserCliIo): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    let text = '';
    for await (const chunk of stdin) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  const first = await readHidden(`Password for ${username}: `);
  const second = await readHidden('The same password again: ');
  if (first !== second) {
    io.err('The two passwords differ; nothing was created.');
    return '';
  }
  return first;
}

/** One line typed on the terminal, shown as nothing (raw mode: the typed characters are not echoed). */
function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve, reject) => {
    let typed = '';
    const done = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(typed);
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done();
        if (char === '\u0003') return done(new Error('Cancelled.'));
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('');
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

const describeRole = (user: Pick<ManagedUser, 'role' | 'ministry'>) =>
  user.ministry ? `${user.role} (${user.ministry})` : user.role;

/** Runs a parsed `user` command on an open database; answers the exit code. */
export async function runUserCommand(
  command: UserCommand,
  io: UserCliIo,
  database: Database,
  actor: Actor,
): Promise<number> {
  if (command.command === 'list') {
    const list = await listUsers(database.db);
    if (command.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0)
      io.out('No users yet. Create the first administrator with: user add --role admin');
    else
      for (const user of list)
        io.out(
          [
            user.username,
            describeRole(user),
            user.disabledAt ? 'deactivated' : 'active',
            user.displayName,
          ].join('\t'),
        );
    return 0;
  }
  const input: UserCreateInput = {
    username: command.username,
    displayName: command.displayName ?? command.username.trim().toLowerCase(),
    role: command.role as UserCreateInput['role'],
    ministry: command.ministry as UserCreateInput['ministry'],
    password: '',
  };
  // The rest first, so a mistyped role is told before the password is asked.
  const checked = userCreateInputSchema.safeParse({ ...input, password: 'x'.repeat(64) });
  if (!checked.success) {
    for (const line of describeIssues(checked.error)) io.err(line);
    return 1;
  }
  const env = io.env ?? process.env;
  const password =
    env[PASSWORD_VARIABLE] ||
    (await (io.readPassword ?? ((name) => readPasswordFromStdin(name, io)))(checked.data.username));
  if (!password) {
    io.err(`No password: set ${PASSWORD_VARIABLE} or give it on standard input.`);
    return 1;
  }
  const parsed = userCreateInputSchema.safeParse({ ...input, password });
  if (!parsed.success) {
    for (const line of describeIssues(parsed.error)) io.err(line);
    return 1;
  }
  try {
    const { user } = await createManagedUser(database.db, actor, parsed.data);
    io.out(`Created ${describeRole(user)} ${user.username} (${user.displayName}); they can sign in now.`);
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    io.err(`${error.field ? `${FLAG_OF[error.field] ?? error.field}: ` : ''}${error.message}`);
    return 1;
  }
}
