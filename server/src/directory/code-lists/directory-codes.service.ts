import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, Repository } from 'typeorm';
import { DirectoryErrorCode, DirectoryException } from '../directory.errors';
import { DIRECTORY_CODE_PATTERN, type DirectoryCodeList } from './directory-code-list';
import { DirectoryCodeEntity } from './directory-code.entity';
import { DirectoryCodes } from './directory-codes';
import type { CreateDirectoryCodeInput, UpdateDirectoryCodeInput } from './dto/directory-code.input';

/** Another instance's change reaches this one within this time. */
const CACHE_MS = 10_000;

/** "Ältere Menschen" → "ALTERE_MENSCHEN": a code from a name. */
export function codeFromName(name: string): string {
  const code = name
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '_')
    .replace(/^[^A-Z]+|_+$/g, '')
    .slice(0, 40)
    .replace(/_+$/, '');
  return code;
}

/** The managed code lists (target groups, organisation topics): read often, cached; admins change them. */
@Injectable()
export class DirectoryCodesService {
  private cached: { codes: DirectoryCodes; loadedAt: number } | undefined;

  constructor(@InjectRepository(DirectoryCodeEntity) private readonly repository: Repository<DirectoryCodeEntity>) {}

  async current(): Promise<DirectoryCodes> {
    if (this.cached && Date.now() - this.cached.loadedAt < CACHE_MS) return this.cached.codes;
    const codes = new DirectoryCodes(await this.repository.find());
    this.cached = { codes, loadedAt: Date.now() };
    return codes;
  }

  async create(input: CreateDirectoryCodeInput): Promise<DirectoryCodeEntity> {
    const name = input.name.trim();
    const code = input.code ?? codeFromName(name);
    if (!DIRECTORY_CODE_PATTERN.test(code)) {
      throw new DirectoryException(
        DirectoryErrorCode.INVALID_CODE,
        `Aus „${name}“ lässt sich kein Code bilden; bitte einen Code angeben.`,
      );
    }
    await this.assertFree(input.list, name, code);
    const last = await this.repository.maximum('position', { list: input.list });
    const saved = await this.repository.save(
      this.repository.create({
        list: input.list,
        code,
        name,
        archived: false,
        position: input.position ?? (last ?? 0) + 1,
      }),
    );
    this.cached = undefined;
    return saved;
  }

  async update(list: DirectoryCodeList, code: string, input: UpdateDirectoryCodeInput): Promise<DirectoryCodeEntity> {
    const value = await this.repository.findOneBy({ list, code });
    if (!value) throw new DirectoryException(DirectoryErrorCode.CODE_NOT_FOUND, `Den Code ${code} gibt es nicht.`);
    if (input.name !== undefined) {
      const name = input.name.trim();
      if (name !== value.name) await this.assertFree(list, name);
      value.name = name;
    }
    if (input.position !== undefined) value.position = input.position;
    if (input.archived !== undefined) value.archived = input.archived;
    const saved = await this.repository.save(value);
    this.cached = undefined;
    return saved;
  }

  private async assertFree(list: DirectoryCodeList, name: string, code?: string): Promise<void> {
    const taken = await this.repository.findOne({ where: [{ list, name }, ...(code ? [{ list, code }] : [])] });
    if (taken) {
      throw new DirectoryException(
        DirectoryErrorCode.CODE_TAKEN,
        `„${taken.name}“ (${taken.code}) gibt es in dieser Liste schon.`,
        { existingCode: taken.code },
      );
    }
  }
}

/** The lists as they are in this transaction (for checking new values; not cached). */
export async function directoryCodesIn(manager: EntityManager): Promise<DirectoryCodes> {
  return new DirectoryCodes(await manager.find(DirectoryCodeEntity));
}
