//! The file store: where attachments' bytes live, through the `object_store` crate. A local
//! directory by default (`attachments.directory`), S3-compatible object storage by configuration
//! (`attachments.storage = "s3"`). Objects are named `attachments/<random hex>`: never by the
//! uploaded name.
//!
//! Writes are streamed: [`Files::writer`] hands out a [`Writer`] that sends the bytes on in parts
//! (5 MiB, the smallest part S3 accepts) while it hashes them, so that memory stays flat however
//! large the file. A writer that is aborted (or dropped) leaves nothing behind in a local
//! directory; in S3 the unfinished multipart upload is aborted.

use std::sync::Arc;

use bytes::Bytes;
use futures_util::StreamExt;
use futures_util::stream::BoxStream;
use object_store::path::Path;
use object_store::{ObjectStore, ObjectStoreExt, WriteMultipart};
use sha2::{Digest, Sha256};

use crate::config::{AttachmentSettings, StorageKind};

/// Where objects are named (their prefix), so that a shared bucket can hold other things.
pub const PREFIX: &str = "attachments";

/// The size of the parts a file is sent in.
const PART_BYTES: usize = 5 * 1024 * 1024;

/// The store, shared by every request (cloning is cheap).
#[derive(Clone, Debug)]
pub struct Files {
    store: Arc<dyn ObjectStore>,
    /// `local` or `s3`, for logs and the backup.
    pub kind: StorageKind,
}

/// A file's bytes as stored: its key, size and SHA-256 (hex).
#[derive(Clone, Debug)]
pub struct Stored {
    pub key: String,
    pub size: u64,
    pub sha256: String,
}

/// An object of the store, as a listing shows it.
#[derive(Clone, Debug)]
pub struct Listed {
    pub key: String,
    pub size: u64,
    pub last_modified: chrono::DateTime<chrono::Utc>,
}

impl Files {
    /// The store the settings describe; a local directory is created if it is missing.
    pub fn open(settings: &AttachmentSettings) -> anyhow::Result<Self> {
        let store: Arc<dyn ObjectStore> = match settings.storage {
            StorageKind::Local => {
                std::fs::create_dir_all(&settings.directory).map_err(|e| {
                    anyhow::anyhow!(
                        "attachments.directory: cannot create {}: {e}",
                        settings.directory
                    )
                })?;
                Arc::new(
                    object_store::local::LocalFileSystem::new_with_prefix(&settings.directory)?
                        .with_automatic_cleanup(true),
                )
            }
            StorageKind::S3 => {
                let mut builder = object_store::aws::AmazonS3Builder::new()
                    .with_bucket_name(&settings.s3_bucket)
                    .with_region(&settings.s3_region)
                    .with_allow_http(settings.s3_allow_http);
                if !settings.s3_endpoint.is_empty() {
                    // Other servers than AWS's name the bucket in the path.
                    builder = builder
                        .with_endpoint(&settings.s3_endpoint)
                        .with_virtual_hosted_style_request(false);
                }
                if !settings.s3_access_key_id.is_empty() {
                    builder = builder
                        .with_access_key_id(&settings.s3_access_key_id)
                        .with_secret_access_key(&settings.s3_secret_access_key);
                }
                Arc::new(builder.build()?)
            }
        };
        Ok(Self {
            store,
            kind: settings.storage,
        })
    }

    /// A new object with a random name, to write a file into.
    pub async fn writer(&self) -> Result<Writer, object_store::Error> {
        let key = format!("{PREFIX}/{}", &crate::auth::tokens::random_secret()[..32]);
        self.writer_named(key).await
    }

    /// An object named `key` (a restored backup's), to write a file into.
    pub async fn writer_named(&self, key: String) -> Result<Writer, object_store::Error> {
        let upload = self.store.put_multipart(&Path::from(key.as_str())).await?;
        Ok(Writer {
            key,
            inner: WriteMultipart::new_with_chunk_size(upload, PART_BYTES),
            hasher: Sha256::new(),
            size: 0,
        })
    }

    /// The bytes of object `key`, as a stream.
    pub async fn read(
        &self,
        key: &str,
    ) -> Result<BoxStream<'static, Result<Bytes, object_store::Error>>, object_store::Error> {
        Ok(self.store.get(&Path::from(key)).await?.into_stream())
    }

    /// Removes object `key`; one already gone is no error.
    pub async fn delete(&self, key: &str) -> Result<(), object_store::Error> {
        match self.store.delete(&Path::from(key)).await {
            Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
            Err(error) => Err(error),
        }
    }

    /// Whether object `key` exists.
    pub async fn exists(&self, key: &str) -> Result<bool, object_store::Error> {
        match self.store.head(&Path::from(key)).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(error) => Err(error),
        }
    }

    /// Every attachment object of the store.
    pub async fn list(&self) -> Result<Vec<Listed>, object_store::Error> {
        let prefix = Path::from(PREFIX);
        let mut listing = self.store.list(Some(&prefix));
        let mut objects = Vec::new();
        while let Some(meta) = listing.next().await {
            let meta = meta?;
            objects.push(Listed {
                key: meta.location.to_string(),
                size: meta.size,
                last_modified: meta.last_modified,
            });
        }
        Ok(objects)
    }
}

/// A file being written: bytes go out in parts as they come.
pub struct Writer {
    key: String,
    inner: WriteMultipart,
    hasher: Sha256,
    size: u64,
}

impl Writer {
    /// Adds `bytes`, waiting while two parts are already on their way (the memory bound).
    pub async fn write(&mut self, bytes: &[u8]) -> Result<(), object_store::Error> {
        self.inner.wait_for_capacity(2).await?;
        self.hasher.update(bytes);
        self.size += bytes.len() as u64;
        self.inner.write(bytes);
        Ok(())
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Completes the object.
    pub async fn finish(self) -> Result<Stored, object_store::Error> {
        self.inner.finish().await?;
        Ok(Stored {
            key: self.key,
            size: self.size,
            sha256: hex(&self.hasher.finalize()),
        })
    }

    /// Gives the object up: nothing of it stays.
    pub async fn abort(self) {
        if let Err(error) = self.inner.abort().await {
            tracing::warn!(key = %self.key, %error, "could not abort an upload");
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
