// Text written into HTML by our own code (the build's page head, the embed snippet): escaped for an
// attribute value in double quotes, which also makes it safe as element text.
export const escapeAttribute = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
