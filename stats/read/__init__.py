"""Read: bytes and PDF pages to text, the encoding and the manifest's date and place recorded."""
