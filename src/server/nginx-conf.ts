// The part of nginx's conf syntax deploy/site-rules.conf uses: directives, blocks, quoted values
// and variables. Kept apart from what the rules mean (site-rules.ts).

/** One directive with its arguments, and its block when it has one. */
export interface Directive {
  name: string;
  args: string[];
  block?: Directive[];
  line: number;
}

/** A conf the local server cannot follow; the message names the file and line. */
export class RulesError extends Error {}

/** Splits nginx conf text into directives and blocks, as nginx's own tokenizer does. */
export function parseDirectives(text: string, source: string): Directive[] {
  const root: Directive[] = [];
  const stack: Directive[][] = [root];
  let words: string[] = [];
  let start = 1;
  let line = 1;
  const fail = (message: string): never => {
    throw new RulesError(`${source}, linje ${line}: ${message}`);
  };
  const current = () => stack[stack.length - 1] ?? fail('intern fejl');
  const word = (value: string) => {
    if (words.length === 0) start = line;
    words.push(value);
  };
  for (let i = 0; i < text.length;) {
    const char = text.charAt(i);
    if (char === '\n') line++;
    if (/\s/.test(char)) {
      i++;
    } else if (char === '#') {
      while (i < text.length && text.charAt(i) !== '\n') i++;
    } else if (char === ';' || char === '{') {
      const [name, ...args] = words;
      if (name === undefined) fail(`"${char}" uden direktiv foran`);
      const directive: Directive = { name: name as string, args, line: start };
      current().push(directive);
      if (char === '{') stack.push((directive.block = []));
      words = [];
      i++;
    } else if (char === '}') {
      if (words.length > 0) fail(`"${words.join(' ')}" mangler ";"`);
      if (stack.length === 1) fail('"}" uden "{"');
      stack.pop();
      i++;
    } else if (char === '"' || char === "'") {
      let value = '';
      for (i++; i < text.length && text.charAt(i) !== char; i++) {
        if (text.charAt(i) === '\n') line++;
        if (text.charAt(i) === '\\' && /["'\\]/.test(text.charAt(i + 1))) i++;
        value += text.charAt(i);
      }
      if (i >= text.length) fail(`citationstegnet ${char} lukkes aldrig`);
      word(value);
      i++;
    } else {
      // A bare word keeps its backslashes (the regex `\.ris$`); one escapes the next character.
      let end = i;
      while (end < text.length && !/[\s;{}]/.test(text.charAt(end)))
        end += text.charAt(end) === '\\' ? 2 : 1;
      word(text.slice(i, end));
      i = end;
    }
  }
  if (words.length > 0) fail(`"${words.join(' ')}" mangler ";"`);
  if (stack.length > 1) fail('en "{" lukkes aldrig');
  return root;
}

/** The names of the variables a value uses, such as `fb_cache_control` in `$fb_cache_control`. */
export function variablesIn(value: string): string[] {
  return [...value.matchAll(/\$(?:\{(\w+)\}|(\w+))/g)].map((match) => match[1] ?? match[2] ?? '');
}
