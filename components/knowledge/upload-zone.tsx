"use client";

import { UploadCloud } from "lucide-react";
import { useRef, useState } from "react";
import { cn } from "@/components/ui/cn";

type Upload = { id: number; name: string; progress: number; error: string | null; done: boolean };

const ACCEPT = ".txt,.md,.markdown,.html,.htm,.pdf,.docx";

/** Sends one file over the REST endpoint with the session cookie, reporting upload progress. */
function send(file: File, organizationId: string | null, onProgress: (p: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const form = new FormData();
    form.set("file", file);
    if (organizationId) form.set("organization_id", organizationId);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/knowledge/documents");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      if (xhr.status === 201) return resolve();
      try {
        reject(new Error(JSON.parse(xhr.responseText).detail.message));
      } catch {
        reject(new Error(`Upload failed (${xhr.status})`));
      }
    };
    xhr.onerror = () => reject(new Error("The connection failed; try again"));
    xhr.send(form);
  });
}

/** Drop several files (or pick them); each gets its own progress bar. */
export function UploadZone({
  organizationId,
  onUploaded,
}: {
  organizationId: string | null;
  onUploaded: () => void;
}) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const next = useRef(0);

  function start(files: FileList | null) {
    for (const file of Array.from(files ?? [])) {
      const id = ++next.current;
      const patch = (p: Partial<Upload>) =>
        setUploads((list) => list.map((u) => (u.id === id ? { ...u, ...p } : u)));
      setUploads((list) => [
        { id, name: file.name, progress: 0, error: null, done: false },
        ...list,
      ]);
      send(file, organizationId, (progress) => patch({ progress }))
        .then(() => {
          patch({ progress: 1, done: true });
          onUploaded();
        })
        .catch((e: Error) => patch({ error: e.message }));
    }
  }

  return (
    <div className="space-y-3">
      <button
        type="button"
        data-testid="upload-zone"
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          start(e.dataTransfer.files);
        }}
        className={cn(
          "flex w-full flex-col items-center gap-2 rounded-lg border-2 border-dashed border-border p-8 text-center",
          over && "border-accent bg-accent-soft",
        )}
      >
        <UploadCloud className="size-8 text-muted" aria-hidden />
        <span className="font-medium">Drop files here, or choose them</span>
        <span className="text-sm text-muted">
          Text, Markdown, HTML, PDF or Word (.docx), up to 20 MiB each
        </span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        className="sr-only"
        aria-label="Choose documents to upload"
        data-testid="upload-input"
        onChange={(e) => {
          start(e.target.files);
          e.target.value = "";
        }}
      />
      {uploads.length > 0 && (
        <ul className="space-y-2" aria-label="Uploads">
          {uploads.map((u) => (
            <li key={u.id} className="text-sm" data-testid="upload-item">
              <div className="flex justify-between gap-2">
                <span className="truncate">{u.name}</span>
                <span className={u.error ? "text-danger" : "text-muted"}>
                  {u.error ?? (u.done ? "Uploaded" : `${Math.round(u.progress * 100)}%`)}
                </span>
              </div>
              <progress
                className="h-1.5 w-full"
                max={1}
                value={u.progress}
                aria-label={`Uploading ${u.name}`}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
