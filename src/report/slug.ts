/** A string made safe as one file name or fragment: letters, digits, dot, dash and underscore only. */
export function slug(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_') || '_';
}
