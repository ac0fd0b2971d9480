"""Icons (SVG), the stylesheet and translations shipped with Balans (data, no code)."""
