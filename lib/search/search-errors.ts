/** A payload or shard the query code cannot use: built by another version, or damaged. */
export class SearchIndexFormatError extends Error {
  constructor(message: string) {
    super(`${message} Rebuild the site so the search index matches this code.`);
    this.name = 'SearchIndexFormatError';
  }
}

/** `searchIndex` was asked to answer from shards that are not loaded yet. */
export class SearchShardNotLoadedError extends Error {
  constructor(what: string) {
    super(`${what} not loaded yet; use searchIndexAsync, which fetches the shards a query needs.`);
    this.name = 'SearchShardNotLoadedError';
  }
}
