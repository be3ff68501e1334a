// The collective export's progress bar follows the export by itself: every two seconds it asks the export's state
// (GET /api/campaigns/{id}/exports/{export}) and moves; once the export is done or failed the page is reloaded to
// show the download links. Served from the application (the Content-Security-Policy allows no inline script); without
// JavaScript the page keeps its "refresh" link.
(function () {
    var state = document.getElementById('export-state');
    if (!state || !state.dataset.progressUrl) {
        return;
    }
    var bar = document.getElementById('export-progress');
    var label = state.querySelector('label[for=export-progress]');
    var template = state.dataset.labelTemplate;
    function poll() {
        fetch(state.dataset.progressUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(response.status);
                }
                return response.json();
            })
            .then(function (exported) {
                if (exported.status !== 'RUNNING') {
                    window.location.reload();
                    return;
                }
                bar.max = Math.max(1, exported.members);
                bar.value = exported.membersDone;
                bar.textContent = exported.membersDone + ' / ' + exported.members;
                label.textContent = template.replace('{done}', exported.membersDone)
                    .replace('{total}', exported.members);
                window.setTimeout(poll, 2000);
            })
            .catch(function () {
                window.setTimeout(poll, 10000);
            });
    }
    window.setTimeout(poll, 2000);
})();
