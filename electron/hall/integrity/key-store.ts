// Where the installation's signing key lives: never in the database. A headless host keeps
// it in a PEM file readable by its owner only (0600, folder 0700); the Electron shell passes a
// store built on safeStorage (the OS keychain / DPAPI), whose functions it hands in as
// parameters so this module never imports electron. Tests use an in-memory key.
import { generateKeyPairSync, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export interface KeyStore {
  /** What kind of store, for health and the docs ("file", "safeStorage", "memory"). */
  readonly kind: string;
  /** The installation's key, created on first use (exactly once, even with several processes). */
  load(): SigningKey;
  /** Keep a new key (rotation); the old one is no longer loaded. */
  replace(key: SigningKey): void;
}

export function generateSigningKey(): SigningKey {
  return generateKeyPairSync('ed25519');
}

export function keyFromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem);
  return { privateKey, publicKey: createPublicKey(privateKey) };
}

const toPem = (key: SigningKey) => key.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

/** An ephemeral key: a database in memory (tests) dies with its key. */
export function memoryKeyStore(key: SigningKey = generateSigningKey()): KeyStore {
  let current = key;
  return {
    kind: 'memory',
    load: () => current,
    replace: (next) => (current = next),
  };
}

/**
 * A key kept in a file, owner-only, encoded by `seal` / `open`. Created with O_EXCL so two hall
 * processes starting together share one key.
 */
function sealedFileKeyStore(kind: string, path: string, seal: (pem: string) => Buffer, open: (bytes: Buffer) => string): KeyStore {
  const read = () => keyFromPem(open(readFileSync(path)));
  const write = (key: SigningKey, flag: 'wx' | 'w') => {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    chmodSync(dirname(path), 0o700);
    writeFileSync(path, seal(toPem(key)), { mode: 0o600, flag });
    chmodSync(path, 0o600);
  };
  return {
    kind,
    load() {
      try {
        return read();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
      try {
        write(generateSigningKey(), 'wx');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      return read();
    },
    replace: (key) => write(key, 'w'),
  };
}

/** A PEM file readable by the host's own user only (the headless host). */
export function fileKeyStore(path: string): KeyStore {
  return sealedFileKeyStore('file', path, (pem) => Buffer.from(pem, 'utf8'), (bytes) => bytes.toString('utf8'));
}

/** The part of Electron's safeStorage this store needs (passed in by the shell). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The key encrypted by the OS (safeStorage), in an owner-only file; refuses to keep it in clear. */
export function safeStorageKeyStore(safeStorage: SafeStorageLike, path: string): KeyStore {
  const seal = (pem: string) => {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('safeStorage encryption is not available: the signing key would be stored in clear');
    return safeStorage.encryptString(pem);
  };
  return sealedFileKeyStore('safeStorage', path, seal, (bytes) => safeStorage.decryptString(bytes));
}

/** The default key file of a database: beside it in a keys/ folder, never inside it. */
export function defaultKeyPath(dbPath: string): string {
  return `${dirname(dbPath)}/keys/ledger-signing-key.pem`;
}
