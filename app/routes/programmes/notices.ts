/** The notice a redirect names in `?gemeld=`, as a message key; unknown names show nothing. */
export function noticeOf<K extends string>(request: Request, notices: Record<K, string>): string | null {
  const name = new URL(request.url).searchParams.get("gemeld");
  return name && Object.hasOwn(notices, name) ? notices[name as K] : null;
}
