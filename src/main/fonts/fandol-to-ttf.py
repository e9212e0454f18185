import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools import subset

def chars():
    s = set(range(0x20, 0x7f))
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                s.update(ord(c) for c in bytes([hi, lo]).decode('gb2312'))
            except UnicodeDecodeError:
                pass
    s.update([0x3007, 0x3014, 0x3015, 0xFF08, 0xFF09, 0x2014, 0x2026, 0x00B7, 0x2022, 0x3001, 0x3002, 0xFF0C, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF01, 0x201C, 0x201D, 0x2018, 0x2019, 0x300A, 0x300B, 0x3008, 0x3009, 0xFF0D, 0x2116, 0xFF05, 0x2103])
    return s

def otf_to_ttf(src, dst):
    font = TTFont(src)
    # subset first (CFF), then convert
    opts = subset.Options(); opts.name_IDs=['*']; opts.name_languages=['*']; opts.notdef_outline=True; opts.layout_features=['*']; opts.hinting=False
    sub = subset.Subsetter(opts); sub.populate(unicodes=chars()); sub.subset(font)
    glyphOrder = font.getGlyphOrder()
    glyphSet = font.getGlyphSet()
    glyf = newTable('glyf'); glyf.glyphOrder = glyphOrder; glyf.glyphs = {}
    for name in glyphOrder:
        pen = TTGlyphPen(glyphSet)
        glyphSet[name].draw(Cu2QuPen(pen, float(sys.argv[3]) if len(sys.argv)>3 else 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font['glyf'] = glyf
    font['loca'] = newTable('loca')
    maxp = font['maxp']; maxp.tableVersion = 0x00010000
    for a in ('maxZones','maxTwilightPoints','maxStorage','maxFunctionDefs','maxInstructionDefs','maxStackElements','maxSizeOfInstructions','maxComponentElements'):
        setattr(maxp, a, 0)
    maxp.maxZones = 1
    maxp.maxComponentDepth = 0; maxp.maxPoints=0; maxp.maxContours=0; maxp.maxCompositePoints=0; maxp.maxCompositeContours=0
    font['head'].glyphDataFormat = 0
    font['head'].indexToLocFormat = 0
    post = font['post']; post.formatType = 2.0; post.extraNames=[]; post.mapping={}; post.glyphOrder = glyphOrder
    del font['CFF ']
    if 'VORG' in font: del font['VORG']
    font.sfntVersion = '\x00\x01\x00\x00'
    font.save(dst)

otf_to_ttf(sys.argv[1], sys.argv[2])
