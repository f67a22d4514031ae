// The terminal file's shape lives in shared/ (the settings page edits the same thing); the
// shell reads and writes the file itself (terminal-file.ts).
export * from '../../shared/terminal-config.ts';
