import { Group, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconFileCheck, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import classes from './FileDrop.module.css';

type FileDropProps = {
  /** File extensions accepted, e.g. ['.csv', '.xlsx']. */
  accept: string[];
  file: File | null;
  onFile: (file: File) => void;
  title: string;
  hint: string;
  /** Shown when a file of another kind is dropped. */
  wrongKind: string;
  /** "1,2 MB" etc. */
  formatSize: (bytes: number) => string;
  testId?: string;
};

/** Drop a file on it or click to choose one; keyboard users press Enter or Space. */
export function FileDrop({ accept, file, onFile, title, hint, wrongKind, formatSize, testId = 'file-drop' }: FileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState(false);
  const take = (candidate: File | undefined) => {
    if (!candidate) return;
    const ok = accept.some((ext) => candidate.name.toLowerCase().endsWith(ext));
    setRefused(!ok);
    if (ok) onFile(candidate);
  };
  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files[0]);
  };
  return (
    <>
      <UnstyledButton
        className={classes.zone}
        data-over={over || undefined}
        data-filled={file ? true : undefined}
        onClick={() => input.current?.click()}
        onDragOver={(event) => {
          event.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid={testId}
      >
        <Stack align="center" gap="xs">
          <ThemeIcon size={52} radius="xl" variant="light" color={file ? 'teal' : undefined}>
            {file ? <IconFileCheck size={28} /> : <IconFileUpload size={28} />}
          </ThemeIcon>
          {file ? (
            <Group gap={6} justify="center">
              <Text fw={600} className="tandem-break" ta="center">
                {file.name}
              </Text>
              <Text size="sm" c="dimmed">
                ({formatSize(file.size)})
              </Text>
            </Group>
          ) : (
            <Text fw={600} ta="center">
              {title}
            </Text>
          )}
          <Text size="sm" c={refused ? 'red' : 'dimmed'} ta="center">
            {refused ? wrongKind : hint}
          </Text>
        </Stack>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        accept={accept.join(',')}
        hidden
        onChange={(event) => {
          take(event.currentTarget.files?.[0]);
          event.currentTarget.value = '';
        }}
        data-testid={`${testId}-input`}
      />
    </>
  );
}
