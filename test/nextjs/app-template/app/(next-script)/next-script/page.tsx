export default function NextScript() {
  return (
    <main>
      <h1 id="home">The next/script set-up</h1>
    </main>
  );
}
