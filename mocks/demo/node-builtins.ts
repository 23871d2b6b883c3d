// What the demo build gives for node:fs and node:path: the store's snapshot module
// (store/snapshot.ts) imports file helpers the demo never calls (it reads lines from a
// fetched text), so each is a function that says so if it ever is called.
const notInBrowser = (name: string) => () => {
  throw new Error(`${name} is not available in the static demo`);
};

export const closeSync = notInBrowser("fs.closeSync");
export const existsSync = notInBrowser("fs.existsSync");
export const fstatSync = notInBrowser("fs.fstatSync");
export const mkdirSync = notInBrowser("fs.mkdirSync");
export const openSync = notInBrowser("fs.openSync");
export const readFileSync = notInBrowser("fs.readFileSync");
export const readSync = notInBrowser("fs.readSync");
export const renameSync = notInBrowser("fs.renameSync");
export const rmSync = notInBrowser("fs.rmSync");
export const statSync = notInBrowser("fs.statSync");
export const unlinkSync = notInBrowser("fs.unlinkSync");
export const writeFileSync = notInBrowser("fs.writeFileSync");
export const writeSync = notInBrowser("fs.writeSync");
export const basename = notInBrowser("path.basename");
export const dirname = notInBrowser("path.dirname");
export const join = notInBrowser("path.join");
export const resolve = notInBrowser("path.resolve");
