export default function Home() {
  return (
    <main>
      <h1 id="home">Home</h1>
      <p>A page with nothing but text.</p>
    </main>
  );
}
