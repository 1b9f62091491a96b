"""Compressed articles are read; anything else that is not text is refused in one line (exit 3).

Every sample is made here from a signature and seeded noise: no third-party file is
committed. The reason in the message is checked, not only the exit code, so a
refusal for some other cause (empty input, no sentences) does not pass for this one.
"""

import bz2
import gzip
import io
import json
import lzma
import random
import struct
import sys
import tarfile
import zipfile
import zlib

import pytest

from conftest import SEED, summit
from summit_cli.jobs.outdir import MANIFEST_NAME
from summit_cli.ingest import MAX_INPUT_BYTES

NOISE = random.Random(17)


def noise(n: int = 5000) -> bytes:
    return NOISE.randbytes(n)


def riff(kind: bytes, chunk: bytes) -> bytes:
    body = kind + chunk + struct.pack("<I", 4000) + noise(4000)
    return b"RIFF" + struct.pack("<I", len(body)) + body


def zip_of(text: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("article.txt", text)
    return out.getvalue()


def tar_of(text: bytes) -> bytes:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w") as t:
        info = tarfile.TarInfo("article.txt")
        info.size = len(text)
        t.addfile(info, io.BytesIO(text))
    return out.getvalue()


# name -> (bytes, what the one line must call it)
SAMPLES = {
    "photo.webp": (riff(b"WEBP", b"VP8 "), "WebP image"),
    "scan.tiff": (b"II*\x00\x08\x00\x00\x00" + noise(), "TIFF image"),
    "scan-be.tif": (b"MM\x00*\x00\x00\x00\x08" + noise(), "TIFF image"),
    "chart.bmp": (b"BM" + struct.pack("<IHHI", 5054, 0, 0, 54) + noise(), "BMP image"),
    # a flat white bitmap decodes to one endless "word" of ÿ: no word at all
    "blank.bmp": (b"BM6\x0c\x00\x00\x00\x00\x00\x006\x00\x00\x00(\x00\x00\x00" + b"\xff" * 6000, "BMP image"),
    "anim.gif": (b"GIF89a\x10\x00\x10\x00\xf7\x00\x00" + noise(), "GIF image"),
    "favicon.ico": (b"\x00\x00\x01\x00\x01\x00\x10\x10" + noise(), "icon"),
    "logo.png": (b"\x89PNG\r\n\x1a\n" + noise(), "PNG image"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + noise(), "JPEG image"),
    "song.mp3": (b"ID3\x03\x00\x00\x00\x00\x0f\x76" + noise(), "MP3 audio"),
    "frames.mp3": (b"\xff\xfb\x90\x64" + noise(), "MP3 audio"),
    "voice.ogg": (b"OggS\x00\x02" + bytes(8) + noise(), "Ogg audio"),
    "memo.wav": (riff(b"WAVE", b"fmt "), "WAV audio"),
    "clip.mp4": (b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + noise(), "MP4"),
    "backup.7z": (b"7z\xbc\xaf\x27\x1c\x00\x04" + noise(), "7z archive"),
    "backup.rar": (b"Rar!\x1a\x07\x01\x00" + noise(), "RAR archive"),
    "backup.zip": (zip_of(SEED.read_bytes()), "ZIP archive"),
    "backup.zst": (b"\x28\xb5\x2f\xfd\x04\x58" + noise(), "zstd"),
    "backup.tar": (tar_of(SEED.read_bytes()), "tar archive"),
    "tool": (b"\x7fELF\x02\x01\x01\x00" + bytes(8) + noise(), "executable"),
    "setup.exe": (b"MZ\x90\x00\x03\x00\x00\x00" + noise(), "executable"),
}


def one_line(result) -> str:
    assert result.stdout in ("", b""), "nothing on stdout when refusing"
    line = result.stderr if isinstance(result.stderr, str) else result.stderr.decode()
    assert line.startswith("summit: ") and line.count("\n") == 1, line
    return line


@pytest.mark.parametrize("name", SAMPLES)
def test_non_text_files_are_refused_saying_what_they_look_like(tmp_path, run, name):
    data, what = SAMPLES[name]
    path = tmp_path / name
    path.write_bytes(data)
    result = run("brief", path, "-o", tmp_path / "brief.pdf")
    assert result.exit_code == 3
    line = one_line(result)
    assert what in line and "not an article" in line and name in line
    assert not (tmp_path / "brief.pdf").exists()


def test_no_brief_from_fifty_random_files(tmp_path, run):
    refused = []
    for i in range(50):
        path = tmp_path / f"random-{i}.txt"  # the name says text: the content decides
        path.write_bytes(noise(5 * 1024))
        result = run("brief", path)
        if result.exit_code == 3 and "binary data, not an article" in one_line(result):
            refused.append(path.name)
    assert len(refused) == 50


def test_the_words_decide_not_a_signature(tmp_path, run):
    """Text that happens to start like a bitmap or a GIF is an article; its noisy twin is not."""
    body = SEED.read_bytes()
    for start in (b"BMW shares rose on Monday. ", b"GIF89a files were the talk of the summit. "):
        article = tmp_path / "article.txt"
        article.write_bytes(start + body)
        assert run("brief", article).exit_code == 0
        article.write_bytes(start + noise())
        result = run("brief", article)
        assert result.exit_code == 3 and "not an article" in one_line(result)


@pytest.mark.parametrize(
    "text,encoding",
    [
        ("Les négociations ont repris lundi à Genève. « Nous sommes prêts », a déclaré l’envoyé. ", "cp1252"),
        ("Переговоры возобновились в понедельник. Посланник уехал в столицу, сказал министр. ", "cp1251"),
        ("Переговоры возобновились в понедельник. Посланник уехал в столицу, сказал министр. ", "koi8_r"),
        ("Q1 12,400 34.5% 1998-2001 +3.2 (45) €1.2bn; Q2 13,100 36.0% +5.6 (47) €1.3bn. ", "cp1252"),
    ],
)
def test_legacy_encoded_text_is_still_text(tmp_path, run, text, encoding):
    article = tmp_path / "article.txt"
    article.write_bytes((text * 12).encode(encoding))
    result = run("brief", article, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["summary"]


COMPRESSORS = {".gz": gzip.compress, ".bz2": bz2.compress, ".xz": lzma.compress}


def brief_json(result) -> dict:
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    data["source"].pop("name")
    return data


@pytest.mark.parametrize("suffix", COMPRESSORS)
def test_compressed_seed_gives_the_seed_brief(tmp_path, run, suffix):
    plain = brief_json(run("brief", SEED, "-f", "json"))
    packed = tmp_path / ("seed.txt" + suffix)
    packed.write_bytes(COMPRESSORS[suffix](SEED.read_bytes()))
    result = run("brief", packed, "-f", "json")
    assert brief_json(result) == plain
    # by content, whatever the name, and from standard input
    renamed = tmp_path / "article.txt"
    renamed.write_bytes(packed.read_bytes())
    assert brief_json(run("brief", renamed, "-f", "json")) == plain
    assert brief_json(run("brief", "-", "-f", "json", input=packed.read_bytes())) == plain


def test_compressed_html_is_read_as_html(tmp_path, run):
    from ingest_pages import ARTICLE, article_page

    page = tmp_path / "page.html.gz"
    page.write_bytes(gzip.compress(article_page().encode("utf-8")))
    result = run("brief", page, "-f", "json", "-n", "50")
    assert result.exit_code == 0, result.stderr
    assert [s["text"] for s in json.loads(result.stdout)["summary"]] == ARTICLE


def gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


def test_decompression_bomb_stops_at_the_input_limit(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip_of_zeros(MAX_INPUT_BYTES + (1 << 20)))  # 51 MB inflated, 50 kB on disk
    result = summit("brief", bomb)
    assert result.returncode == 3
    line = one_line(result)
    assert str(MAX_INPUT_BYTES) in line and "once decompressed" in line


@pytest.mark.parametrize(
    "data,reason",
    [
        (gzip.compress(SEED.read_bytes())[:-40], "cut short"),
        (b"\x1f\x8b\x08\x00" + bytes(6) + noise(2000), "damaged gzip"),
        (bz2.compress(b"   \n  "), "empty"),
        (gzip.compress(gzip.compress(gzip.compress(gzip.compress(SEED.read_bytes())))), "compressed more than"),
    ],
    ids=["cut-short", "damaged", "empty", "nested"],  # (gzip stamps the time: the bytes are no stable id)
)
def test_broken_compressed_files_say_what_is_wrong(tmp_path, run, data, reason):
    path = tmp_path / "article.txt.gz"
    path.write_bytes(data)
    result = run("brief", path)
    assert result.exit_code == 3 and reason in one_line(result)


def test_batch_reads_compressed_inputs_and_refuses_binaries(tmp_path, run):
    feed = tmp_path / "feed"
    feed.mkdir()
    (feed / "seed.txt.gz").write_bytes(gzip.compress(SEED.read_bytes()))
    (feed / "noise.txt").write_bytes(noise())
    (feed / "photo.html").write_bytes(SAMPLES["photo.webp"][0])
    out = tmp_path / "briefs"
    result = run("brief", feed, "--out-dir", out, "-f", "json", "-j", "1", "-q")
    assert result.exit_code == 3
    rows = {r["input"]: r for r in (json.loads(line) for line in (out / MANIFEST_NAME).read_text().splitlines())}
    assert rows[str(feed / "seed.txt.gz")]["status"] == "ok"
    assert "binary data, not an article" in rows[str(feed / "noise.txt")]["error"]
    assert "WebP image" in rows[str(feed / "photo.html")]["error"]
    assert len(list(out.glob("*.json"))) == 1


def test_a_real_executable_is_refused(tmp_path, run):
    with open(sys.executable, "rb") as fh:
        head = fh.read(200_000)
    path = tmp_path / "python.txt"
    path.write_bytes(head)
    result = run("brief", path)
    assert result.exit_code == 3 and "executable" in one_line(result)


@pytest.mark.parametrize("junk", [b"\xff\xe2\x82", b"\x00\x00\x01\x00", b"\xff\xfb", b"BM"])
def test_junk_in_front_of_an_article_that_looks_like_a_signature_is_still_text(tmp_path, run, junk):
    article = tmp_path / "article.txt"
    article.write_bytes(junk + b"\nThe envoy said the talks would resume on Monday. Both sides agreed.\n")
    result = run("brief", article, "-f", "json")
    assert result.exit_code == 0, result.stderr
