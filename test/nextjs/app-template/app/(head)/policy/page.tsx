export default function Policy() {
  return (
    <main>
      <h1 id="policy">Privacy policy</h1>
      <privacy-policy suppressHydrationWarning dangerouslySetInnerHTML={{ __html: '' }} />
    </main>
  );
}
