/* unwind=eh: a call that GCC's early nothrow discovery found nothrow,
   and so left in the middle of its block, in a cleanup region (the end
   of scope of S, whose address is taken), returning a packed struct
   through a temporary that the next statement copies: once the call
   may throw again, it must end its block, and its landing pad nests in
   the cleanup (GCC's torture tests 20170401-1.c and pr45070.c failed to
   compile: "statement marked for throw in middle of block").  With an
   update at every point, the loop computes what it computes without the
   plugin.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-gearshift-unwind=eh" } */
/* { dg-run-env "GEARSHIFT_STRESS=0" } */

#include <stdio.h>

struct pk { unsigned short u; } __attribute__ ((packed));
struct src { int pos, len; };
static int flag;

static struct pk __attribute__ ((noinline))
next (struct src *p)
{
  struct pk rv;
  if (p->pos >= p->len)
    {
      if (flag)
	{
	  flag = 0;
	  p->len = 128;
	  return next (p);
	}
      flag = 1;
      rv.u = 0xffff;
      return rv;
    }
  rv.u = p->pos++;
  return rv;
}

int
main (void)
{
  struct src s = { 0, 0 };
  unsigned long sum = 0;
  for (int i = 0; i < 16; i++)
    {
      struct pk rv = next (&s);
      sum = sum * 3 + rv.u;
    }
  printf ("%lu %d\n", sum, s.pos);
  return 0;
}

/* { dg-output "^940359207464 15\n$" } */
