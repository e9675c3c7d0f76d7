/* gearshift runtime: printing values from their layout descriptors.
   Copyright (C) 2026 The gearshift developers.
   This file is part of gearshift, distributed under the GNU General
   Public License version 3 or later; see COPYING.

   Values saved in captured frames are printed from their layout
   descriptor (grammar in gs-meta.h) by a recursive-descent parser that
   never reads outside the saved bytes:

     i1..i8, u1..u8   decimal            i16, u16, q16   0x + 32 hex digits,
     f4 %.9g, f8 %.17g, f16 %.21Lg                   most significant first
     cD               "R + Ii", e.g. "1.5 + -2i"
     p, P             NULL or 0x<hex>    xN   0x + the bytes in memory order
     [N]D, vN:D       {1, 2, 3}, the first 64 elements then "..."
     structs, unions  {.x = 1, .y = 2.5}; bit-fields are extracted from the
                      little-endian bytes after their byte offset

   A bad descriptor prints "?" for the whole value; a value that runs
   past the saved bytes prints "?" for each part that does.  Elements of
   arrays are spaced by the array's size divided by its length when that
   is known (a variable), else by the computed size of the element:
   the largest member end rounded up to the largest member alignment,
   as the x86-64 ABI lays out structs without packing or alignment
   attributes.  */

#include <float.h>
#include <inttypes.h>
#include <stdarg.h>
#include <string.h>

#include "gs-internal.h"

/* Most elements of an array, bytes of an xN, printed.  */
#define GS_MAX_ELEMENTS 64

/* Deepest nesting of descriptors accepted.  */
#define GS_MAX_NESTING 32

/* Text being formatted: like snprintf, LEN counts what did not fit.  */
struct gs_out
{
  char *buf;
  size_t size;
  size_t len;
};

/* Append the text formatted from FMT and the arguments that follow to
   OUT.  */
static void GS_PRINTF (2, 3)
gs_put (struct gs_out *out, const char *fmt, ...)
{
  va_list ap;
  int n;

  va_start (ap, fmt);
  n = vsnprintf (out->len < out->size ? out->buf + out->len : NULL,
		 out->len < out->size ? out->size - out->len : 0, fmt, ap);
  va_end (ap);
  if (n > 0)
    out->len += n;
}

/* Parse a decimal number at *P into *N and advance *P past it.  Returns
   0, or -1 when there is none or it is too large.  */
static int
gs_number (const char **p, size_t *n)
{
  const char *s = *p;

  if (*s < '0' || *s > '9')
    return -1;
  for (*n = 0; *s >= '0' && *s <= '9'; s++)
    {
      if (*n > (SIZE_MAX >> 4) / 10)
	return -1;
      *n = *n * 10 + (size_t) (*s - '0');
    }
  *p = s;
  return 0;
}

/* Parse the member at *P of a struct or union, "NAME@OFF:D" or
   "NAME@OFF+BIT/WIDTH:D": store where NAME starts and its length, OFF,
   BIT and WIDTH (WIDTH 0 when not a bit-field) and leave *P at D.
   Returns 0 or -1.  */
static int
gs_member (const char **p, const char **name, size_t *namelen, size_t *off,
	   size_t *bit, size_t *width)
{
  size_t len = strcspn (*p, "@:;{}<>[]");

  if ((*p)[len] != '@')
    return -1;
  *name = *p;
  *namelen = len;
  *p += len + 1;
  *bit = *width = 0;
  if (gs_number (p, off))
    return -1;
  if (**p == '+')
    {
      ++*p;
      if (gs_number (p, bit) || *(*p)++ != '/' || gs_number (p, width)
	  || *width == 0 || *width > 64)
	return -1;
    }
  return *(*p)++ == ':' ? 0 : -1;
}

/* Parse the holder "iN" or "uN" at *P of a bit-field of WIDTH bits
   starting BIT bits into it: N is the number of bytes holding the bits,
   any number from 1 to 9, not a power of two as for an integer.  Leave
   *P after it; return 0 or -1.  */
static int
gs_bit_holder (const char **p, size_t bit, size_t width)
{
  size_t n;

  if (**p != 'i' && **p != 'u')
    return -1;
  ++*p;
  if (gs_number (p, &n) || n != (bit + width + 7) / 8)
    return -1;
  return 0;
}

/* Parse descriptor D, at nesting DEPTH: store where it ends in *END and
   the size and alignment of what it describes in *SIZE and *ALIGN.
   Returns 0, or -1 when D is not a valid descriptor.  */
static int
gs_layout (const char *d, const char **end, size_t *size, size_t *align,
	   int depth)
{
  size_t n, esize, ealign;
  const char *p = d + 1;

  if (depth > GS_MAX_NESTING)
    return -1;
  switch (*d)
    {
    case 'i': case 'u': case 'f': case 'q': case 'x':
      if (gs_number (&p, &n) || n == 0)
	return -1;
      if (*d == 'x')
	*align = 1;
      else if (n > 16 || (n & (n - 1)) != 0 || (*d == 'f' && n < 4)
	       || (*d == 'q' && n != 16))
	return -1;
      else
	*align = n;
      *size = n;
      break;
    case 'p': case 'P':
      *size = *align = sizeof (void *);
      break;
    case 'c':
      if (gs_layout (p, &p, &esize, align, depth + 1))
	return -1;
      *size = 2 * esize;
      break;
    case '[': case 'v':
      if (gs_number (&p, &n) || *p++ != (*d == '[' ? ']' : ':')
	  || gs_layout (p, &p, &esize, &ealign, depth + 1)
	  || (esize && n > (SIZE_MAX >> 4) / esize))
	return -1;
      *size = n * esize;
      /* GCC aligns a vector to its size, a power of two.  */
      *align = ealign;
      if (*d == 'v' && *size > ealign && (*size & (*size - 1)) == 0)
	*align = *size;
      break;
    case '{': case '<':
      {
	char close = *d == '{' ? '}' : '>';
	size_t extent = 0;

	*align = 1;
	while (*p != close)
	  {
	    const char *name;
	    size_t namelen, off, bit, width;

	    if (gs_member (&p, &name, &namelen, &off, &bit, &width)
		|| (width ? gs_bit_holder (&p, bit, width)
		    : gs_layout (p, &p, &esize, &ealign, depth + 1))
		|| off > (SIZE_MAX >> 4) || bit > (SIZE_MAX >> 4))
	      return -1;
	    if (width)
	      esize = (bit + width + 7) / 8, ealign = 1;
	    if (off + esize > extent)
	      extent = off + esize;
	    if (ealign > *align)
	      *align = ealign;
	    if (*p == ';')
	      p++;
	    else if (*p != close)
	      return -1;
	  }
	p++;
	*size = (extent + *align - 1) & -*align;
      }
      break;
    default:
      return -1;
    }
  *end = p;
  return 0;
}

/* Append the N bytes at V to OUT as 0x and hex digits: most significant
   first when AS_NUMBER (a little-endian number), else in memory order,
   at most GS_MAX_ELEMENTS bytes.  */
static void
gs_put_hex (struct gs_out *out, const unsigned char *v, size_t n,
	    int as_number)
{
  size_t i;

  gs_put (out, "0x");
  for (i = 0; i < n && i < GS_MAX_ELEMENTS; i++)
    gs_put (out, "%02x", v[as_number ? n - 1 - i : i]);
  if (i < n)
    gs_put (out, "...");
}

static int gs_format (struct gs_out *, const char *, const char **,
		      const unsigned char *, size_t, size_t, int);

/* Append to OUT the scalar of descriptor D (already validated, N bytes)
   saved at V.  */
static void
gs_format_scalar (struct gs_out *out, const char *d, size_t n,
		  const unsigned char *v)
{
  union { int8_t i1; int16_t i2; int32_t i4; int64_t i8; uint8_t u1;
	  uint16_t u2; uint32_t u4; uint64_t u8; float f4; double f8;
	  long double f16; uintptr_t p; } u;

  memcpy (&u, v, n < sizeof u ? n : sizeof u);
  if ((*d == 'i' || *d == 'u') && n == 16)
    gs_put_hex (out, v, n, 1);
  else if (*d == 'i')
    gs_put (out, "%" PRId64, n == 1 ? u.i1 : n == 2 ? u.i2 : n == 4
	    ? (int64_t) u.i4 : u.i8);
  else if (*d == 'u')
    gs_put (out, "%" PRIu64, n == 1 ? u.u1 : n == 2 ? u.u2 : n == 4
	    ? (uint64_t) u.u4 : u.u8);
  else if (*d == 'f' && n == 4)
    gs_put (out, "%.9g", (double) u.f4);
  else if (*d == 'f' && n == 8)
    gs_put (out, "%.17g", u.f8);
#if LDBL_MANT_DIG == 64 && __SIZEOF_LONG_DOUBLE__ == 16
  else if (*d == 'f' && n == 16)
    gs_put (out, "%.21Lg", u.f16);
#endif
  else if ((*d == 'p' || *d == 'P') && u.p)
    gs_put (out, "0x%" PRIxPTR, u.p);
  else if (*d == 'p' || *d == 'P')
    gs_put (out, "NULL");
  else
    gs_put_hex (out, v, n, *d != 'x');
}

/* Append to OUT the elements of array or vector N*D, at V (AVAIL bytes
   saved) spaced by STRIDE, and store where D ends in *END.  Returns 0
   or -1.  */
static int
gs_format_elements (struct gs_out *out, const char *d, const char **end,
		    size_t n, size_t stride, const unsigned char *v,
		    size_t avail, int depth)
{
  size_t i;

  gs_put (out, "{");
  for (i = 0; i < n && i < GS_MAX_ELEMENTS; i++)
    {
      /* Past AVAIL (without overflowing), elements print as "?".  */
      size_t off = stride && i > avail / stride ? avail : i * stride;

      gs_put (out, i ? ", " : "");
      if (gs_format (out, d, end, v + (off < avail ? off : 0),
		     off < avail ? avail - off : 0, stride, depth + 1))
	return -1;
    }
  gs_put (out, i < n ? ", ...}" : "}");
  return 0;
}

/* Append to OUT the bit-field of WIDTH bits starting BIT bits after V,
   AVAIL bytes saved there, signed when SIGNED_P.  */
static void
gs_format_bits (struct gs_out *out, const unsigned char *v, size_t avail,
		size_t bit, size_t width, int signed_p)
{
  uint64_t x = 0;
  size_t i;

  if ((bit + width + 7) / 8 > avail)
    {
      gs_put (out, "?");
      return;
    }
  for (i = 0; i < width; i++)
    x |= (uint64_t) ((v[(bit + i) / 8] >> ((bit + i) % 8)) & 1) << i;
  if (signed_p && width < 64 && (x >> (width - 1)) & 1)
    x |= ~(uint64_t) 0 << width;
  if (signed_p)
    gs_put (out, "%" PRId64, (int64_t) x);
  else
    gs_put (out, "%" PRIu64, x);
}

/* Append to OUT the value of descriptor D saved at V, of which AVAIL
   bytes are readable, at nesting DEPTH; KNOWN is its exact size if
   known, else 0.  Store where D ends in *END.  Returns 0, or -1 for an
   invalid descriptor.  */
static int
gs_format (struct gs_out *out, const char *d, const char **end,
	   const unsigned char *v, size_t avail, size_t known, int depth)
{
  size_t size, align, n = 0, esize, ealign;
  const char *p = d + 1;

  if (gs_layout (d, end, &size, &align, depth))
    return -1;
  switch (*d)
    {
    case 'c':
      gs_layout (p, end, &esize, &ealign, depth + 1);
      if (gs_format (out, p, end, v, avail, esize, depth + 1))
	return -1;
      gs_put (out, " + ");
      if (gs_format (out, p, end, v + (esize < avail ? esize : 0),
		     esize < avail ? avail - esize : 0, esize, depth + 1))
	return -1;
      gs_put (out, "i");
      return 0;
    case '[': case 'v':
      gs_number (&p, &n);
      p++;
      gs_layout (p, end, &esize, &ealign, depth + 1);
      if (known && n && known % n == 0)
	esize = known / n;
      return gs_format_elements (out, p, end, n, esize, v, avail, depth);
    case '{': case '<':
      {
	char close = *d == '{' ? '}' : '>';
	int first = 1;

	gs_put (out, "{");
	while (*p != close)
	  {
	    const char *name;
	    size_t namelen, off, bit, width;

	    gs_member (&p, &name, &namelen, &off, &bit, &width);
	    gs_put (out, "%s%s%.*s%s", first ? "" : ", ", namelen ? "." : "",
		    (int) namelen, name, namelen ? " = " : "");
	    first = 0;
	    if (off > avail)
	      off = avail;
	    if (width)
	      {
		gs_format_bits (out, v + off, avail - off, bit, width,
				*p == 'i');
		gs_bit_holder (&p, bit, width);
	      }
	    else if (gs_format (out, p, &p, v + off, avail - off, 0,
				depth + 1))
	      return -1;
	    if (*p == ';')
	      p++;
	  }
	gs_put (out, "}");
	return 0;
      }
    default:
      if (size > avail)
	gs_put (out, "?");
      else
	gs_format_scalar (out, d, size, v);
      return 0;
    }
}

/* Count a pointer slot in *ARG (a size_t).  */
static void
gs_count_slot (void *slot, char kind, void *arg)
{
  (void) slot;
  (void) kind;
  ++*(size_t *) arg;
}

/* Call FN (SLOT, KIND, ARG) for every pointer inside the value V of
   AVAIL bytes described by D (at nesting DEPTH; KNOWN its size if known,
   or 0) whose descriptor, "P" (code) or "p" (data), is one of KINDS, and
   store in *END where D ends.  Returns 0, or -1 for a bad descriptor.  */
static int
gs_walk_slots (const char *d, const char **end, unsigned char *v,
	       size_t avail, size_t known, int depth, const char *kinds,
	       void (*fn) (void *slot, char kind, void *arg), void *arg)
{
  size_t size, align, n = 0, esize, ealign;
  const char *p = d + 1;

  if (gs_layout (d, end, &size, &align, depth))
    return -1;
  switch (*d)
    {
    case 'P': case 'p':
      if (avail >= sizeof (void *) && strchr (kinds, *d))
	fn (v, *d, arg);
      return 0;
    case '[': case 'v':
      gs_number (&p, &n);
      p++;
      gs_layout (p, end, &esize, &ealign, depth + 1);
      if (known && n && known % n == 0)
	esize = known / n;
      if (n > 1 && esize && esize <= avail)
	{
	  /* The walk is by type: if the first element holds no such
	     pointer, none does, and an array of numbers costs nothing.  */
	  size_t found = 0;

	  if (gs_walk_slots (p, end, v, esize, esize, depth + 1, kinds,
			     gs_count_slot, &found))
	    return -1;
	  if (!found)
	    return 0;
	}
      for (size_t i = 0; i < n && esize && (i + 1) * esize <= avail; i++)
	if (gs_walk_slots (p, end, v + i * esize, esize, esize, depth + 1,
			   kinds, fn, arg))
	  return -1;
      return 0;
    case '{': case '<':
      {
	char close = *d == '{' ? '}' : '>';

	while (*p != close)
	  {
	    const char *name;
	    size_t namelen, off, bit, width;

	    gs_member (&p, &name, &namelen, &off, &bit, &width);
	    if (off > avail)
	      off = avail;
	    if (width)
	      gs_bit_holder (&p, bit, width);
	    else if (gs_walk_slots (p, &p, v + off, avail - off, 0, depth + 1,
				    kinds, fn, arg))
	      return -1;
	    if (*p == ';')
	      p++;
	  }
	return 0;
      }
    default:
      return 0;
    }
}

/* Call FN (SLOT, KIND, ARG) for every pointer inside the value V of
   SIZE bytes described by LAYOUT whose descriptor is one of KINDS ("P"
   for code, "p" for data): how an update re-points pointers to the old
   version's functions and objects, wherever they sit in a variable.  */
void
gs_layout_slots (const char *layout, void *v, size_t size, const char *kinds,
		 void (*fn) (void *slot, char kind, void *arg), void *arg)
{
  const char *end;

  if (layout && v)
    gs_walk_slots (layout, &end, v, size, size, 0, kinds, fn, arg);
}

/* Format value V of SIZE bytes, described by LAYOUT, into BUF of BUFSIZE
   bytes like snprintf, and return the length it needed.  */
size_t
gs_format_value (const char *layout, const void *v, size_t size,
		 char *buf, size_t bufsize)
{
  struct gs_out out = { buf, bufsize, 0 };
  const char *end;

  if (!layout || gs_format (&out, layout, &end, v, size, size, 0)
      || *end != '\0')
    {
      out.len = 0;
      gs_put (&out, "?");
    }
  if (bufsize)
    buf[out.len < bufsize ? out.len : bufsize - 1] = '\0';
  return out.len;
}
