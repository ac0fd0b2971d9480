"""pyqtgraph charts: items made once, fed with setData."""
