// Local typedoc plugin (typedoc.json "plugin"): the index page already shows
// the project name as its title, so the README's own first heading (the
// same name, which npm and GitHub need) is dropped from the page there.
import { Converter } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const first = project.readme?.[0];
    if (first?.kind !== 'text') return;
    const title = new RegExp(`^#[ \\t]+${project.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[ \\t]*\\r?\\n+`);
    if (!title.test(first.text)) throw new Error(`typedoc-plugin: the README no longer starts with "# ${project.name}"`);
    first.text = first.text.replace(title, '');
  });
}
