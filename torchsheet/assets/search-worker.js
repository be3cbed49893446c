(function () {
  // The reader's query, split as the index was split (the separator in
  // mkdocs.yml), so that the theme sees the same terms the index holds:
  // `x.view(-1)` is `x.view 1`, `shape '[32, -1]'` is `shape ' 32 1 '`.
  var separator = new RegExp(__SEPARATOR__, "g");
  var typing = true;
  addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.type === 2 && typeof message.data === "string") {
      var query = message.data;
      // A query that ends in a space, a bracket or a quote is finished; one
      // that ends in a letter or digit may be a word still being typed.
      typing = /[\w.]$/.test(query);
      message.data = query.split(separator).filter(Boolean).join(" ");
    }
  });
  importScripts(__THEME_WORKER__);
  // The theme turns every word into a prefix query ("to" -> "to*"). Keep the
  // prefix on the word being typed only: the others match whole words (stop
  // words such as "a" and "to" drop out, as lunr intends), and so do numbers.
  // The word being typed counts fully as it stands and a tenth for each of its
  // longer forms, so that "causal mask" prefers "mask" to "masked_fill".
  var search = self.lunr.Index.prototype.search;
  self.lunr.Index.prototype.search = function (query) {
    var terms = query.split(/\s+/).filter(Boolean);
    for (var i = 0; i < terms.length; i++) {
      var match = /^([^*~^:]+)\*$/.exec(terms[i]);
      if (!match) continue;
      var last = i === terms.length - 1 && typing;
      if (!last || /^\d+$/.test(match[1])) terms[i] = match[1];
      else terms[i] = match[1] + " " + match[1] + "*^0.1";
    }
    var results = search.call(this, terms.join(" "));
    // The index holds stems ("unsqueez"); give the matches back the words as
    // typed, which the theme looks for to highlight them and to list the
    // words that matched nothing.
    var typed = {};
    query.split(/\s+/).forEach(function (word) {
      word = word.replace(/[*~^].*$/, "").toLowerCase();
      var stem = self.lunr.stemmer(new self.lunr.Token(word)).toString();
      if (stem !== word) typed[stem] = word;
    });
    results.forEach(function (result) {
      var found = result.matchData.metadata;
      Object.keys(found).forEach(function (key) {
        if (typed[key] && !(typed[key] in found)) {
          found[typed[key]] = found[key];
          delete found[key];
        }
      });
    });
    return results;
  };
})();
