/**
 * A `fetch` for the typed client that sends through XMLHttpRequest, the one browser API that reports how much
 * of an upload has left: the request (path, headers set by the client's middleware, multipart body) is the
 * client's own; only the transport differs.
 */
export function fetchWithUploadProgress(onProgress: (fraction: number) => void) {
  return async (request: Request): Promise<Response> => {
    const body = await request.blob();
    return new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      request.headers.forEach((value, name) => xhr.setRequestHeader(name, value));
      xhr.responseType = 'blob';
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
      };
      xhr.onload = () => {
        const headers = new Headers();
        for (const line of xhr
          .getAllResponseHeaders()
          .trim()
          .split(/[\r\n]+/)) {
          const at = line.indexOf(':');
          if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
        }
        const empty = [204, 205, 304].includes(xhr.status);
        const init = { status: xhr.status, statusText: xhr.statusText, headers };
        resolve(new Response(empty ? null : (xhr.response as Blob), init));
      };
      xhr.onerror = () => reject(new TypeError('network error'));
      xhr.onabort = () => reject(new TypeError('aborted'));
      xhr.send(body);
    });
  };
}
