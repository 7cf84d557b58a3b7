// A Server Component page: the card rendered on the server, props only (no handlers).
import Link from 'next/link';
import { EpiduralInfoCard } from 'epidural-info-card/react';
import { content } from '../content.js';

export default function Home() {
  return (
    <main>
      <EpiduralInfoCard id="card" content={content} openSections={['benefits']} theme="dark" />
      <Link id="to-clinic" href="/clinic">
        Another clinic
      </Link>
    </main>
  );
}
