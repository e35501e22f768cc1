/** The workspace loader: the folder of YAML files leaders declare their organization in. */
export { type InitOptions, initWorkspace } from './init.js';
export { type LoadedWorkspace, loadWorkspace, withPostmortemsReread } from './load.js';
export { WORKSPACE_FILES } from './model-files.js';
