// A campaign's background jobs (the collective export, the members' letters) follow themselves on the page: every two
// seconds each running job's block asks its state (GET /api/campaigns/{id}/exports/{job}) and moves its progress bar;
// once a job is done or failed the page is reloaded to show the download links. Served from the application (the
// Content-Security-Policy allows no inline script); without JavaScript the page keeps its "refresh" links.
(function () {
    document.querySelectorAll('.job-state[data-progress-url]').forEach(function (state) {
        var bar = state.querySelector('progress');
        var label = state.querySelector('label');
        var template = state.dataset.labelTemplate;
        function poll() {
            fetch(state.dataset.progressUrl, {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error(response.status);
                    }
                    return response.json();
                })
                .then(function (job) {
                    if (job.status !== 'RUNNING') {
                        window.location.reload();
                        return;
                    }
                    bar.max = Math.max(1, job.members);
                    bar.value = job.membersDone;
                    bar.textContent = job.membersDone + ' / ' + job.members;
                    label.textContent = template.replace('{done}', job.membersDone).replace('{total}', job.members);
                    window.setTimeout(poll, 2000);
                })
                .catch(function () {
                    window.setTimeout(poll, 10000);
                });
        }
        window.setTimeout(poll, 2000);
    });
})();
