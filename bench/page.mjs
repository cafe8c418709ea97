/** The one plain article page every library is measured on; only `head` and `body` differ. */
export function articlePage({ head, body }) {
  const paragraph = `Une marque se juge d'abord à la vitesse de son site. Chaque kilo-octet compte sur un téléphone
  en 4G au fond d'une vallée : c'est là que vos visiteurs décident de rester ou de partir. Nous mesurons, nous
  allégeons, puis nous mesurons encore, sans jamais sacrifier l'accessibilité ni le respect de la vie privée.`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Pourquoi un site rapide vend mieux — Atelier Lumière</title>
<style>
  body { margin: 0; font: 17px/1.6 Georgia, serif; color: #222; background: #fdfcf9; }
  header, footer { padding: 1rem 2rem; background: #23395d; color: #fff; font-family: system-ui, sans-serif; }
  header a, footer a { color: #fff; margin-right: 1rem; }
  main { max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }
  h1 { font-size: 2.2rem; line-height: 1.2; }
  figure { margin: 2rem 0; aspect-ratio: 16 / 9; background: #dfe6ee; }
</style>
${head}
</head>
<body>
<header><strong>Atelier Lumière</strong> <nav><a href="/">Accueil</a><a href="/blog">Journal</a><a href="/contact">Contact</a></nav></header>
<main>
  <h1>Pourquoi un site rapide vend mieux</h1>
  <p><em>Publié le 12 novembre 2026 · 6 minutes de lecture</em></p>
  ${Array.from({ length: 4 }, (_, i) => `<h2>Partie ${i + 1}</h2><p>${paragraph}</p><p>${paragraph}</p>`).join('\n  ')}
  <figure aria-label="Illustration"></figure>
  ${Array.from({ length: 4 }, () => `<p>${paragraph}</p>`).join('\n  ')}
</main>
<footer>© 2026 Atelier Lumière · <a href="/confidentialite">Confidentialité</a> <a href="#" data-consent-open>Gérer les cookies</a></footer>
${body}
</body>
</html>`;
}
