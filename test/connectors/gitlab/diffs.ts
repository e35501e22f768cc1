/**
 * `GET /projects/:id/merge_requests/:iid/diffs` answers, made by code: neither DevLake's recording nor
 * go-gitlab's testdata has them for the recorded project (go-gitlab's one example, whose diffs lost their
 * line breaks in GitLab's docs, is tested in src/connectors/gitlab/map-merge-requests.test.ts). Each item
 * has exactly the fields of GitLab's `API::Entities::Diff` (lib/api/entities/diff.rb, GitLab 16.9+): the
 * hunks without a `---`/`+++` header, `collapsed` and `too_large`, paths, modes and the file flags.
 */

export interface DiffFile {
  diff: string;
  collapsed: boolean;
  too_large: boolean;
  new_path: string;
  old_path: string;
  a_mode: string;
  b_mode: string;
  new_file: boolean;
  renamed_file: boolean;
  deleted_file: boolean;
  generated_file: boolean;
}

/** A changed file whose one hunk replaces `removed` lines with `added` ones after three context lines. */
export function buildDiffFile(path: string, added: number, removed: number): DiffFile {
  const context = ['{{ config(materialized="table") }}', '', 'with source as ('];
  const lines = [
    `@@ -1,${context.length + removed} +1,${context.length + added} @@`,
    ...context.map((line) => ` ${line}`),
    ...Array.from({ length: removed }, (_, index) => `-    select * from {{ ref('old_${index}') }}`),
    ...Array.from({ length: added }, (_, index) => `+    select * from {{ ref('spend_${index}') }}`),
  ];
  return {
    diff: `${lines.join('\n')}\n`,
    collapsed: false,
    too_large: false,
    new_path: path,
    old_path: path,
    a_mode: '100644',
    b_mode: '100644',
    new_file: false,
    renamed_file: false,
    deleted_file: false,
    generated_file: false,
  };
}

/** A file over GitLab's diff limits: GitLab sends it flagged, with an empty diff. */
export function buildTooLargeFile(path: string): DiffFile {
  return { ...buildDiffFile(path, 0, 0), diff: '', too_large: true, collapsed: true, new_file: true };
}
