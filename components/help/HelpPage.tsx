import { Fragment, useMemo } from 'react';
import { type Block, type Inline, parseMarkdown } from '@/lib/help/markdown';
import './help.css';

interface HelpPageProps {
  /** docs/使用说明.md. */
  source: string;
  /** Packaged screenshots by path (…/screenshots/x.png → URL). */
  images: Readonly<Record<string, string>>;
}

function InlineText({ parts }: { parts: readonly Inline[] }) {
  return (
    <>
      {parts.map((part, index) => {
        const key = `${index}:${part.kind}`;
        if (part.kind === 'strong') return <strong key={key}>{part.text}</strong>;
        if (part.kind === 'code') return <code key={key}>{part.text}</code>;
        if (part.kind === 'link')
          return (
            <a
              key={key}
              href={part.href}
              {...(part.href.startsWith('#') ? {} : { target: '_blank', rel: 'noreferrer' })}
            >
              {part.text}
            </a>
          );
        return <Fragment key={key}>{part.text}</Fragment>;
      })}
    </>
  );
}

function HelpBlock({ block, images }: { block: Block; images: HelpPageProps['images'] }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = `h${Math.min(block.level, 6)}` as 'h1';
      return (
        <Tag id={block.id}>
          <InlineText parts={block.text} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <InlineText parts={block.text} />
        </p>
      );
    case 'quote':
      return (
        <blockquote>
          <InlineText parts={block.text} />
        </blockquote>
      );
    case 'code':
      return <pre>{block.text}</pre>;
    case 'image': {
      const name = block.src.split('/').at(-1) ?? '';
      const url = Object.entries(images).find(([path]) => path.endsWith(`/${name}`))?.[1];
      return url ? <img src={url} alt={block.alt} /> : <p className="help__missing">（图：{block.alt}）</p>;
    }
    case 'list': {
      const Tag = block.ordered ? 'ol' : 'ul';
      return (
        <Tag>
          {block.items.map((item, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document, never reordered.
            <li key={index}>
              <InlineText parts={item} />
            </li>
          ))}
        </Tag>
      );
    }
    case 'table':
      return (
        <table>
          <thead>
            <tr>
              {block.header.map((cell, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document, never reordered.
                <th key={index} scope="col">
                  <InlineText parts={cell} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, rowIndex) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document, never reordered.
              <tr key={rowIndex}>
                {row.map((cell, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document, never reordered.
                  <td key={index}>
                    <InlineText parts={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}

/** 使用说明: docs/使用说明.md as a page of the extension (offline, no HTML injected). */
export function HelpPage({ source, images }: HelpPageProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <main className="help" data-testid="help-page">
      {blocks.map((block, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed document, never reordered.
        <HelpBlock key={index} block={block} images={images} />
      ))}
    </main>
  );
}
