// What `npm run users` says, in one place.
export const WORDS = {
  usage: [
    'Usage:',
    '  npm run users -- add <name> --role editor|reporter [--password-stdin]',
    '  npm run users -- list',
    '  npm run users -- remove <name>',
    '  npm run users -- password <name> [--password-stdin]',
    'The password is asked twice without echo, or read as one line of standard input with --password-stdin.',
    'An editor publishes, unpublishes and restores; a reporter creates stories, reviews and saves drafts.',
  ].join('\n'),
  askPassword: (name: string) => `Password for ${name} (12 to 1,024 characters): `,
  askAgain: 'The same password again: ',
  noTerminal:
    'There is no terminal to ask the password on: give it as one line of standard input with --password-stdin.',
  mismatch: 'The two passwords did not match; nothing was changed.',
  refused: 'Refused',
  badRole: (role: string | undefined) =>
    role === undefined
      ? 'Give the role: --role editor or reporter.'
      : `“${role}” is not a role: editor or reporter.`,
  taken: (name: string) => `The name ${name} is taken (names are compared without case).`,
  noAccount: (name: string) => `There is no account named ${name}.`,
  added: (name: string, role: string) => `Added ${name} (${role}). They sign in at /#login.`,
  none: 'No accounts yet. Add one: npm run users -- add <name> --role editor',
  removed: (name: string, sessions: number) =>
    `Removed ${name}; ${sessions} session${sessions === 1 ? '' : 's'} ended. What they saved stays, under their name.`,
  passwordChanged: (name: string) => `Changed the password of ${name}; their sessions ended.`,
} as const;
