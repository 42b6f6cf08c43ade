// The pressclip web page: plain DOM code, no build step, nothing loaded from elsewhere.
// Every piece of page text goes in through textContent, never as markup.
"use strict";

const $ = (selector, root = document) => root.querySelector(selector);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "class") node.className = value;
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

// A stable colour per name (speaker, reason), so the same one always looks the same.
function hue(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.codePointAt(0)) % 360;
  return h;
}

function tint(node, name, hues = null) {
  node.style.setProperty("--hue", hues && hues.has(name) ? hues.get(name) : hue(name));
  return node;
}

// Speakers of one article get hues a golden angle apart, so that no two look alike.
function speakerHues(quotes) {
  const counts = new Map();
  for (const q of quotes) {
    const speaker = q.speaker || "Unattributed";
    counts.set(speaker, (counts.get(speaker) || 0) + 1);
  }
  const order = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
  return new Map(order.map((name, i) => [name, Math.round((i * 137.508 + 35) % 360)]));
}

function webLink(url) {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === "http:" || parsed.protocol === "https:") {
      return el("a", {href: parsed.href, rel: "noopener noreferrer", target: "_blank"}, url);
    }
  } catch (_) { /* not a URL: shown as text */ }
  return document.createTextNode(url);
}

function download(filename, type, content) {
  const link = el("a", {href: URL.createObjectURL(new Blob([content], {type})), download: filename});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function slug(title) {
  const base = (title || "article").normalize("NFKD").replace(/[\u0300-\u036f]/g, "")
    .toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return base.slice(0, 60) || "article";
}

const RECORD_KEYS = ["schema_version", "title", "text", "date", "date_modified", "authors",
  "contributors", "publisher", "agencies", "language", "url", "description", "image", "images",
  "links", "tags", "section", "is_accessible_for_free", "comments", "quotes", "entities",
  "dates", "facts_language"];

// ------------------------------------------------------------------ one record, rendered

function renderRecord(container, record, options = {}) {
  const root = $("#record-template").content.firstElementChild.cloneNode(true);
  $(".r-title", root).textContent = record.title || "(no title)";
  renderMeta($(".r-meta", root), record, options);
  const hues = speakerHues(record.quotes || []);
  renderArticle(root, record, hues);
  renderImages(root, record);
  if (Array.isArray(record.explain)) renderPage(root, record.explain);
  else $(".r-page-card", root).remove();
  renderQuotes(root, record, hues);
  renderEntities(root, record);

  const md = $(".r-download-md", root);
  if (typeof record.markdown === "string") {
    md.addEventListener("click", () =>
      download(`${slug(record.title)}.md`, "text/markdown;charset=utf-8", record.markdown));
  } else {
    md.remove();
  }
  $(".r-download-json", root).addEventListener("click", () => {
    const clean = options.row || Object.fromEntries(RECORD_KEYS.map((k) => [k, record[k]]));
    download(`${slug(record.title)}.json`, "application/json",
             JSON.stringify(clean, null, 2) + "\n");
  });
  container.replaceChildren(root);
}

function renderMeta(dl, record, options) {
  const rows = [
    ["Date", record.date],
    ["Modified", record.date_modified],
    ["Authors", (record.authors || []).join(", ")],
    ["Contributors", (record.contributors || []).join(", ")],
    ["Publisher", record.publisher],
    ["Agencies", (record.agencies || []).join(", ")],
    ["Language", record.language],
    ["URL", record.url && webLink(record.url)],
    ["Image", record.image && webLink(record.image)],
    ["Description", record.description],
    ["Section", record.section],
    ["Tags", (record.tags || []).join(", ")],
    ["Free to read", record.is_accessible_for_free === true ? "yes"
      : record.is_accessible_for_free === false ? "no (paywall)" : null],
    ["Extracted in", options.millis !== undefined ? `${options.millis} ms` : null],
  ];
  for (const [name, value] of rows) {
    if (!value) continue;
    dl.append(el("div", {class: `meta-row meta-${name.toLowerCase().replace(/ /g, "-")}`},
                 el("dt", {}, name), el("dd", {}, value)));
  }
}

// The body, paragraph by paragraph, with each quotation marked in its speaker's colour.
function renderArticle(root, record, hues) {
  const text = record.text || "";
  const box = $(".r-article", root);
  const words = text ? text.split(/\s+/).filter(Boolean).length : 0;
  $(".r-words", root).textContent = words ? `${words} words` : "";
  if (!text) {
    box.append(el("p", {class: "empty"}, "No article text found in this page."));
    return;
  }
  const quotes = (record.quotes || []).filter((q) => q.end > q.start)
    .sort((a, b) => a.start - b.start);
  let start = 0;
  let next = 0; // index of the first quote not yet placed
  for (const part of text.split("\n\n")) {
    const end = start + part.length;
    if (isTable(part)) {
      box.append(tableOf(part));
      while (next < quotes.length && quotes[next].start < end) next += 1;
      start = end + 2;
      continue;
    }
    const p = el("p");
    let at = start;
    while (next < quotes.length && quotes[next].start < end) {
      const q = quotes[next];
      if (q.start < at) { next += 1; continue; } // overlaps the previous mark
      const stop = Math.min(q.end, end);
      if (q.start > at) p.append(text.slice(at, q.start));
      const speaker = q.speaker || "Unattributed";
      p.append(tint(el("mark", {class: "quote-mark", title: speaker},
                        text.slice(q.start, stop)), speaker, hues));
      at = stop;
      if (q.end <= end) next += 1; else break;
    }
    if (at < end) p.append(text.slice(at, end));
    box.append(p);
    start = end + 2;
  }
}

// A data table sits in `text` one row a line, its cells separated by tabs.
function isTable(part) {
  const lines = part.split("\n");
  return lines.length >= 2 && lines.every((line) => line.includes("\t"));
}

function tableOf(part) {
  const rows = part.split("\n").map((line) => line.split("\t"));
  const width = Math.max(...rows.map((r) => r.length));
  return el("div", {class: "table-wrap"}, el("table", {class: "data-table"},
    el("tbody", {}, rows.map((cells) => el("tr", {},
      [...cells, ...Array(width - cells.length).fill("")].map((c) => el("td", {}, c)))))));
}

// The article's pictures with their captions and credits. They are linked, not shown:
// the page loads nothing from other sites (its Content-Security-Policy says so).
function renderImages(root, record) {
  const images = (record.images || []).filter((i) => i.url || i.caption || i.credit);
  const box = $(".r-images", root);
  $(".r-image-count", root).textContent = images.length ? String(images.length) : "";
  if (!images.length) {
    box.closest(".images-block").remove();
    return;
  }
  for (const image of images) {
    box.append(el("figure", {class: "picture"},
      image.url ? el("div", {class: "picture-url"}, webLink(image.url)) : null,
      image.alt ? el("div", {class: "picture-alt"}, image.alt) : null,
      image.caption || image.credit ? el("figcaption", {},
        image.caption || "", image.credit ? el("small", {class: "credit"}, image.credit) : null)
        : null));
  }
}

// The page as the extractor saw it: every block in order, dropped ones with their reason.
function renderPage(root, decisions) {
  const list = $(".r-blocks", root);
  const legend = $(".r-legend", root);
  const counts = new Map();
  let kept = 0;
  const items = decisions.map((d) => {
    if (d.kept) kept += 1;
    else counts.set(d.reason, (counts.get(d.reason) || 0) + 1);
    const item = el("li", {class: d.kept ? "block kept" : "block dropped",
                           title: [d.tag, d.path].filter(Boolean).join(" · "),
                           dataset: {reason: d.kept ? "" : d.reason}},
      d.kept ? el("span", {class: "badge kept-badge"}, "kept")
             : tint(el("span", {class: "badge reason", title: d.reason}, d.reason), d.reason),
      el("span", {class: "block-text"}, d.text || `(${d.tag || "block"})`));
    item.addEventListener("click", () => item.classList.toggle("open"));
    return item;
  });
  list.append(...items);
  $(".r-page-counts", root).textContent =
    `${decisions.length} blocks · ${kept} kept · ${decisions.length - kept} removed`;

  const chips = [];
  const filter = (reason) => {
    const active = list.dataset.filter === reason ? "" : reason;
    list.dataset.filter = active;
    for (const chip of chips) chip.classList.toggle("active", chip.dataset.reason === active);
    for (const item of items) {
      item.hidden = Boolean(active) && item.dataset.reason !== active;
    }
  };
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  for (const [reason, count] of sorted) {
    const chip = tint(el("button", {type: "button", class: "chip reason-chip",
                                    dataset: {reason}}, `${reason} `,
                         el("span", {class: "n"}, count)), reason);
    chip.addEventListener("click", () => filter(reason));
    chips.push(chip);
    legend.append(chip);
  }
}

function renderQuotes(root, record, hues) {
  const box = $(".r-quotes", root);
  const quotes = record.quotes || [];
  $(".r-quote-count", root).textContent = quotes.length ? String(quotes.length) : "";
  if (!quotes.length) {
    box.append(el("p", {class: "empty"}, "No quotations found."));
    return;
  }
  const groups = new Map();
  for (const q of quotes) {
    const speaker = q.speaker || "Unattributed";
    if (!groups.has(speaker)) groups.set(speaker, []);
    groups.get(speaker).push(q);
  }
  const order = [...groups.entries()].sort((a, b) =>
    (a[0] === "Unattributed") - (b[0] === "Unattributed") || b[1].length - a[1].length);
  for (const [speaker, said] of order) {
    box.append(tint(el("div", {class: "speaker", dataset: {speaker}},
      el("h4", {}, el("span", {class: "dot"}), speaker, el("span", {class: "n"}, said.length)),
      el("ul", {}, said.map((q) => el("li", {class: `said ${q.kind}`},
        el("q", {}, q.quote),
        q.kind === "partial" ? el("span", {class: "kind"}, "partial") : null,
        q.cue ? el("span", {class: "cue"}, q.cue) : null)))), speaker, hues));
  }
  box.addEventListener("click", (event) => {
    const said = event.target.closest(".said");
    if (!said) return;
    const all = [...box.querySelectorAll(".said")];
    const speakerOf = said.closest(".speaker").dataset.speaker;
    const marks = [...root.querySelectorAll(".quote-mark")].filter((m) => m.title === speakerOf);
    const index = all.filter((s) => s.closest(".speaker").dataset.speaker === speakerOf)
      .indexOf(said);
    const mark = marks[index] || marks[0];
    if (mark) {
      mark.scrollIntoView({behavior: "smooth", block: "center"});
      mark.classList.add("flash");
      setTimeout(() => mark.classList.remove("flash"), 1200);
    }
  });
}

const ENTITY_TYPES = [["person", "People"], ["organization", "Organisations"], ["place", "Places"]];

function renderEntities(root, record) {
  const box = $(".r-entities", root);
  const entities = record.entities || [];
  const seen = new Map();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.canonical || e.text}`;
    seen.set(key, (seen.get(key) || 0) + 1);
  }
  $(".r-entity-count", root).textContent = seen.size ? String(seen.size) : "";
  for (const [type, label] of ENTITY_TYPES) {
    const names = [...seen.entries()].filter(([key]) => key.startsWith(`${type}\u0000`))
      .sort((a, b) => b[1] - a[1]);
    if (!names.length) continue;
    box.append(el("div", {class: `entity-group ${type}`}, el("h4", {}, label),
      el("div", {class: "chips"}, names.map(([key, n]) =>
        el("span", {class: `chip entity ${type}`}, key.split("\u0000")[1],
           n > 1 ? el("span", {class: "n"}, n) : null)))));
  }
  if (!seen.size) box.append(el("p", {class: "empty"}, "No people, organisations or places found."));
  const dates = record.dates || [];
  if (dates.length) {
    $(".r-dates", root).append(el("h4", {}, "Dates in the text"),
      el("ul", {class: "dates"}, dates.map((d) =>
        el("li", {}, el("span", {}, d.text), " → ", el("time", {}, d.value)))));
  }
}

// ------------------------------------------------------------------ talking to the API

async function api(path, options = {}) {
  const response = await fetch(path, options);
  let body = null;
  try {
    body = await response.json();
  } catch (_) {
    throw new Error(`the server answered HTTP ${response.status} without JSON`);
  }
  if (!response.ok) throw new Error(body && body.error ? body.error : `HTTP ${response.status}`);
  return body;
}

function setStatus(node, message, kind = "") {
  node.textContent = message;
  node.className = `status ${kind}`;
}

// ------------------------------------------------------------------ extract view

const PLACEHOLDERS = {
  html: "Paste the page's HTML (view-source, or a saved .html file)",
  text: "Paste the page's text: one paragraph a line, menus and all",
};

function mode() {
  return $("input[name=mode]:checked").value;
}

function showMode() {
  const current = mode();
  $("#url-input").hidden = current !== "url";
  $("#page-input").hidden = current === "url";
  $("#file-label").hidden = current === "url";
  if (current !== "url") $("#page-input").placeholder = PLACEHOLDERS[current];
  (current === "url" ? $("#url-input") : $("#page-input")).focus();
}

async function extract(event) {
  event.preventDefault();
  const status = $("#extract-status");
  const button = $("#extract-button");
  const body = {explain: true, markdown: true};
  const current = mode();
  if (current === "url") {
    body.url = $("#url-input").value.trim();
    if (!body.url) return setStatus(status, "Give a URL to fetch.", "error");
  } else {
    const page = $("#page-input").value;
    if (!page.trim()) return setStatus(status, `Paste the page's ${current === "html" ? "HTML" : "text"} first.`, "error");
    body[current] = page;
  }
  const pageUrl = $("#page-url").value.trim();
  if (pageUrl && current !== "url") body.page_url = pageUrl;
  const seen = $("#reference-time").value;
  if (seen) body.reference_time = seen;

  button.disabled = true;
  setStatus(status, "Extracting…", "busy");
  const started = performance.now();
  try {
    const record = await api("/extract", {
      method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
    });
    const millis = Math.round(performance.now() - started);
    renderRecord($("#extract-result"), record, {millis});
    setStatus(status, record.text ? "" : "No article found in this page.", record.text ? "" : "error");
  } catch (error) {
    setStatus(status, error.message, "error");
  } finally {
    button.disabled = false;
  }
}

function readFile() {
  const file = $("#file-input").files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => { $("#page-input").value = reader.result; };
  reader.readAsText(file);
}

// ------------------------------------------------------------------ search view

async function search(event) {
  if (event) event.preventDefault();
  const status = $("#search-status");
  const params = new URLSearchParams();
  params.set("q", $("#search-q").value.trim());
  for (const [name, id] of [["lang", "#search-lang"], ["from", "#search-from"],
                            ["to", "#search-to"], ["publisher", "#search-publisher"],
                            ["speaker", "#search-speaker"]]) {
    const value = $(id).value.trim();
    if (value) params.set(name, value);
  }
  setStatus(status, "Searching…", "busy");
  try {
    const answer = await api(`/articles?${params}`);
    const list = $("#hits");
    list.replaceChildren(...answer.hits.map((hit) => el("li", {class: "hit"},
      el("button", {type: "button", class: "hit-title", dataset: {id: hit.id},
                    onclick: () => openArticle(hit.id)}, hit.title || "(no title)"),
      el("div", {class: "hit-meta"},
         [hit.date, hit.publisher, hit.language].filter(Boolean).join(" · ")),
      el("p", {class: "snippet"}, hit.snippet || ""))));
    const n = answer.hits.length;
    setStatus(status, n ? `${n}${n === answer.limit ? "+" : ""} article${n === 1 ? "" : "s"}`
                        : "No article matches.");
  } catch (error) {
    setStatus(status, error.message, "error");
  }
}

async function openArticle(id) {
  const status = $("#search-status");
  try {
    const row = await api(`/articles/${encodeURIComponent(id)}`);
    for (const hit of document.querySelectorAll(".hit")) {
      hit.classList.toggle("active", $(".hit-title", hit).dataset.id === id);
    }
    renderRecord($("#search-result"), row, {row});
  } catch (error) {
    setStatus(status, error.message, "error");
  }
}

// ------------------------------------------------------------------ wiring

function showView(name) {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    tab.setAttribute("aria-selected", String(tab.dataset.view === name));
  }
  $("#view-extract").hidden = name !== "extract";
  $("#view-search").hidden = name !== "search";
  if (name === "search" && !$("#hits").children.length) search();
}

document.addEventListener("DOMContentLoaded", () => {
  for (const tab of document.querySelectorAll(".tabs [role=tab]")) {
    tab.addEventListener("click", () => showView(tab.dataset.view));
  }
  for (const radio of document.querySelectorAll("input[name=mode]")) {
    radio.addEventListener("change", showMode);
  }
  $("#extract-form").addEventListener("submit", extract);
  $("#extract-form").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) extract(event);
  });
  $("#file-input").addEventListener("change", readFile);
  $("#search-form").addEventListener("submit", search);
  showMode();
});
