// Injected by `foikb serve` alone, never written into a built site: reloads the page when the
// site is rebuilt, and shows the content's problems over the last good page when a build fails.
const script = new URL(import.meta.url);
const base = script.pathname.replace(/__foikb\/live\.js$/, "");
// the build this page came from; the server writes it into the script's address
const shownGeneration = Number(script.searchParams.get("generation"));

function showProblems(problems) {
  let panel = document.getElementById("foikb-live-problems");
  if (!panel) {
    panel = document.createElement("div");
    panel.id = "foikb-live-problems";
    panel.className = "foikb-live-problems";
    panel.setAttribute("role", "alert");
    document.body.prepend(panel);
  }
  panel.replaceChildren();
  const heading = document.createElement("h2");
  heading.className = "govuk-heading-m";
  heading.textContent = "The content has problems: this is the last good build";
  const list = document.createElement("pre");
  list.className = "foikb-live-problems__list";
  list.textContent = problems.join("\n");
  panel.append(heading, list);
}

function hideProblems() {
  document.getElementById("foikb-live-problems")?.remove();
}

const events = new EventSource(base + "__foikb/events");
events.addEventListener("state", (event) => {
  const state = JSON.parse(event.data);
  if (state.generation !== shownGeneration) {
    location.reload();
    return;
  }
  if (state.problems.length > 0) {
    showProblems(state.problems);
  } else {
    hideProblems();
  }
});
