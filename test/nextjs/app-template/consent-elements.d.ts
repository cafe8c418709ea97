// The README's declaration of the elements for TSX.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

type ConsentElementProps = DetailedHTMLProps<HTMLAttributes<HTMLElement>, HTMLElement>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'consent-banner': ConsentElementProps;
      'consent-preferences': ConsentElementProps;
      'privacy-policy': ConsentElementProps & { 'heading-level'?: string | number };
    }
  }
}
