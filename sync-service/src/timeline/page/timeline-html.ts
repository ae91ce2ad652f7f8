// The timeline page's markup. Served as is at `/`; the script fills it from the feed.
// Templates are cloned per bar and per list item, which stays fast with 1,000 events.

export const TIMELINE_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Process mapping: upcoming meetings and processes</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/timeline/timeline.css">
<script type="module" src="/timeline/timeline.js"></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to the timeline</a>
<header class="site-header">
  <div class="site-title">
    <h1>Process mapping</h1>
    <p class="subtitle">Upcoming meetings, forums and consultations that feed into the Global Compact for Migration.</p>
    <p class="feed-meta" id="feed-meta">Loading the published mapping…</p>
  </div>
  <nav class="feeds" aria-label="Feeds">
    <ul>
      <li><a id="subscribe" class="subscribe" href="/feed/events.ics">Subscribe in your calendar</a></li>
      <li><a href="/feed/events.ics">iCalendar (.ics)</a></li>
      <li><a href="/feed/events.csv">CSV</a></li>
      <li><a href="/feed/events.json">JSON</a></li>
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
  <form id="filters" class="filters" role="search" aria-label="Filter the events">
    <div class="field field-search">
      <label for="f-q">Search</label>
      <input id="f-q" name="q" type="search" autocomplete="off" placeholder="Words in the name, place, description…">
    </div>
    <div class="field">
      <label for="f-focal">Focal point</label>
      <select id="f-focal" name="focal"><option value="">All focal points</option></select>
    </div>
    <div class="field">
      <label for="f-location">Location</label>
      <select id="f-location" name="location"><option value="">All locations</option></select>
    </div>
    <div class="field">
      <label for="f-status">Date status</label>
      <select id="f-status" name="status">
        <option value="">Any status</option>
        <option value="confirmed">Confirmed</option>
        <option value="tentative">Tentative</option>
        <option value="tbd">To be determined</option>
      </select>
    </div>
    <div class="field">
      <label for="f-from">From month</label>
      <input id="f-from" name="from" type="month" pattern="[0-9]{4}-[0-9]{2}" placeholder="YYYY-MM">
    </div>
    <div class="field">
      <label for="f-to">To month</label>
      <input id="f-to" name="to" type="month" pattern="[0-9]{4}-[0-9]{2}" placeholder="YYYY-MM">
    </div>
    <div class="field field-check">
      <input id="f-rcp" name="rcp" type="checkbox" value="1">
      <label for="f-rcp">Regional consultative processes only</label>
    </div>
    <div class="field field-actions">
      <button type="reset" class="secondary">Clear filters</button>
    </div>
  </form>
  <p id="summary" class="summary" role="status"></p>
  <div class="layout">
    <section class="timeline-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      <ul class="legend" aria-label="How to read the timeline">
        <li><span class="swatch swatch-day" aria-hidden="true"></span> exact days</li>
        <li><span class="swatch swatch-coarse" aria-hidden="true"></span> somewhere in this month, quarter or year</li>
        <li><span class="clash-badge">⚠ Clash</span> two events on the same days</li>
        <li><span aria-hidden="true">↳</span> side event, under its main event</li>
      </ul>
      <div class="timeline-scroll" id="timeline-scroll" role="region" aria-label="Timeline, scrolls sideways" tabindex="0">
        <div id="timeline" class="timeline"></div>
      </div>
    </section>
    <section class="undated" aria-labelledby="undated-heading">
      <h2 id="undated-heading">Without firm dates</h2>
      <div id="undated-list"></div>
    </section>
  </div>
</main>
<footer class="site-footer">
  <p>Served by the sync service from the published feed. Share a view: the address keeps the filters.</p>
</footer>
<dialog id="details" class="details" aria-labelledby="details-title">
  <div class="details-body" id="details-body"></div>
  <form method="dialog" class="details-close"><button type="submit" class="secondary">Close</button></form>
</dialog>
<template id="bar-template">
  <button type="button" class="bar">
    <span class="bar-extent" aria-hidden="true"></span>
    <span class="bar-line"><span class="clash-badge" aria-hidden="true" hidden></span><span class="bar-title"></span></span>
  </button>
</template>
<template id="undated-template">
  <li class="undated-item">
    <button type="button" class="link-button undated-title"></button>
    <span class="undated-date"></span>
    <span class="undated-meta"></span>
  </li>
</template>
</body>
</html>
`;
