// Injects file system faults into a CLI run (node --import this-file ...), to test what a build does when
// the disk fills up, a folder is read-only, or the process is killed at an exact point. Configured by
// environment variables; without them it changes nothing.
//   FAULT_ENOSPC_AFTER=N     the (N+1)th and later file writes into a staging folder fail with ENOSPC
//   FAULT_EROFS_UNDER=DIR    every write, mkdir, rename or link under DIR fails with EROFS
//   FAULT_KILL_ON_PUBLISH=1  SIGKILL at the rename of the staging folder into place (after the old site
//                            was renamed away): a kill between the two renames of the swap
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const enospcAfter = process.env.FAULT_ENOSPC_AFTER ? Number(process.env.FAULT_ENOSPC_AFTER) : null;
const erofsUnder = process.env.FAULT_EROFS_UNDER ? path.resolve(process.env.FAULT_EROFS_UNDER) : null;
const killOnPublish = process.env.FAULT_KILL_ON_PUBLISH === '1';

function errnoError(code, syscall, p) {
  const text = { ENOSPC: 'no space left on device', EROFS: 'read-only file system' }[code];
  const e = new Error(`${code}: ${text}, ${syscall} '${p}'`);
  e.code = code;
  e.syscall = syscall;
  e.path = String(p);
  e.errno = code === 'ENOSPC' ? -28 : -30;
  return e;
}

let writes = 0;
function check(syscall, p) {
  if (typeof p !== 'string' && !(p instanceof URL)) return;
  const abs = path.resolve(String(p instanceof URL ? p.pathname : p));
  if (erofsUnder && (abs === erofsUnder || abs.startsWith(erofsUnder + path.sep))) throw errnoError('EROFS', syscall, abs);
  if (enospcAfter !== null && /\.dossier-staging(\/|$)/.test(abs) && syscall === 'write' && ++writes > enospcAfter) throw errnoError('ENOSPC', syscall, abs);
}

function wrapSync(obj, name, syscall) {
  const orig = obj[name];
  obj[name] = function (p, ...rest) {
    check(syscall, p);
    return orig.call(this, p, ...rest);
  };
}
function wrapAsync(obj, name, syscall) {
  const orig = obj[name];
  obj[name] = async function (p, ...rest) {
    check(syscall, p);
    return orig.call(this, p, ...rest);
  };
}

if (enospcAfter !== null || erofsUnder) {
  for (const n of ['writeFileSync', 'appendFileSync']) wrapSync(fs, n, 'write');
  for (const n of ['mkdirSync', 'linkSync', 'copyFileSync', 'symlinkSync']) wrapSync(fs, n, n.replace('Sync', ''));
  for (const n of ['writeFile', 'appendFile']) wrapAsync(fsp, n, 'write');
  for (const n of ['mkdir', 'link', 'copyFile']) wrapAsync(fsp, n, n);
  const origOpen = fs.openSync;
  fs.openSync = function (p, flags, ...rest) {
    if (typeof flags === 'string' && /[wa+]/.test(flags)) check('open', p);
    return origOpen.call(this, p, flags, ...rest);
  };
}

const origRename = fs.renameSync;
fs.renameSync = function (from, to) {
  if (erofsUnder) check('rename', to);
  if (killOnPublish && String(from).endsWith('.dossier-staging')) process.kill(process.pid, 'SIGKILL');
  return origRename.call(this, from, to);
};

syncBuiltinESMExports();
