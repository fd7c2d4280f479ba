"""Assessment, the graduation rule, and certificates: numbering, signing, layout, verification."""
