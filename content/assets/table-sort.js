// Sortable tables, as an enhancement: a table marked data-sortable gets a button in each header that has
// aria-sort; pressing it sorts the rows by that column (numbers by value, largest first; text
// alphabetically), and pressing again reverses. Without JavaScript the table keeps the build's order.
(function () {
  for (const table of document.querySelectorAll('table[data-sortable]')) {
    const heads = [...table.tHead.rows[0].cells];
    heads.forEach((th, col) => {
      if (!th.hasAttribute('aria-sort')) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () => {
        const numeric = th.classList.contains('num');
        const now = th.getAttribute('aria-sort');
        const next = numeric ? (now === 'descending' ? 'ascending' : 'descending') : now === 'ascending' ? 'descending' : 'ascending';
        const sign = next === 'ascending' ? 1 : -1;
        const key = (row) => {
          const cell = row.cells[col];
          const v = cell.dataset.sort ?? cell.textContent.trim();
          return numeric ? Number(v) : v.toLowerCase();
        };
        const body = table.tBodies[0];
        const rows = [...body.rows].map((row, i) => ({ row, i, k: key(row) }));
        rows.sort((a, b) => (a.k < b.k ? -sign : a.k > b.k ? sign : a.i - b.i));
        for (const r of rows) body.appendChild(r.row);
        for (const other of heads) if (other.hasAttribute('aria-sort')) other.setAttribute('aria-sort', 'none');
        th.setAttribute('aria-sort', next);
      });
    });
  }
})();
