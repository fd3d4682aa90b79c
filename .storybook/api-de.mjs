/**
 * German descriptions for the Storybook docs pages. The API's JSDoc, and with it
 * custom-elements.json, stays English: npm users read it in their editors. The docs pages read
 * German, from api-de.json, which a translator edits without touching code.
 *
 * Keys: `kind:name`, or `kind:name@tag` where a member means something of its own in one widget.
 * Kinds: `attr` (an attribute, and the property behind it), `prop` (a property without an
 * attribute), `event`, `slot` (the default slot's name is empty), `part`, `cssprop`.
 */

/** The manifest's lists a docs page shows, and the kind each holds. */
const LISTS = {
  attributes: 'attr',
  events: 'event',
  slots: 'slot',
  cssParts: 'part',
  cssProperties: 'cssprop',
};

/** The table's key for a member: its widget's own, else the shared one; undefined if neither. */
export function germanKey(table, kind, name, tag) {
  const own = `${kind}:${name}@${tag}`;
  if (own in table) return own;
  const shared = `${kind}:${name}`;
  return shared in table ? shared : undefined;
}

/** A public property's kind and name: that of its attribute, if it has one. */
function propertyKey(member) {
  return member.attribute ? ['attr', member.attribute] : ['prop', member.name];
}

function isShownProperty(member) {
  return (
    member.kind === 'field' && !member.static && !['private', 'protected'].includes(member.privacy)
  );
}

/** Every documented member of every widget, as `{ tag, kind, name }`. */
export function documentedMembers(manifest) {
  const found = [];
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag) continue;
      for (const [list, kind] of Object.entries(LISTS))
        for (const item of declaration[list] ?? [])
          if (item.description) found.push({ tag, kind, name: item.name ?? '' });
      for (const member of declaration.members ?? [])
        if (isShownProperty(member) && member.description) {
          const [kind, name] = propertyKey(member);
          found.push({ tag, kind, name });
        }
    }
  return found;
}

/** A copy of the manifest whose members carry the German descriptions the table has. */
export function germanManifest(manifest, table) {
  const copy = JSON.parse(JSON.stringify(manifest));
  const translate = (item, kind, name, tag) => {
    const key = germanKey(table, kind, name, tag);
    if (key) item.description = table[key];
  };
  for (const module of copy.modules ?? [])
    for (const declaration of module.declarations ?? []) {
      const tag = declaration.tagName;
      if (!declaration.customElement || !tag) continue;
      for (const [list, kind] of Object.entries(LISTS))
        for (const item of declaration[list] ?? []) translate(item, kind, item.name ?? '', tag);
      for (const member of declaration.members ?? [])
        if (isShownProperty(member)) translate(member, ...propertyKey(member), tag);
    }
  return copy;
}
