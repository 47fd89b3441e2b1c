/** The id a task's failure is reported under: the document's, or the file's path (as ingest errors are). */
export const taskId = (t) => ('doc' in t ? t.doc.id : t.file);
