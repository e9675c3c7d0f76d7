/* Each body the runtime knows (with points, whose address is taken, or
   public: another file may take its address) starts after 16 bytes of
   nops for an update's jump to its successor (runtime/redirect.c),
   before the entry, so that they are never executed: the program pays
   nothing until an update.  The low-gear clones get none (nothing
   redirects to them), nor do functions the runtime does not know (leaf,
   static, without points, whose address is not taken), nor a function
   with an area the user asked for (own), whose metadata does not say
   redirectable.  */
/* { dg-do compile } */
/* { dg-options "-O2" } */

extern void use (int (*) (int));
extern int h (int);

static int
tiny (int x)
{
  return x + 1;
}

static int __attribute__ ((noinline))
leaf (int x)
{
  return x * 3;
}

int
pub (int x)
{
  return leaf (x) + 1;
}

int
loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += h (i);
  return s;
}

__attribute__ ((patchable_function_entry (2, 1))) int
own (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += h (i);
  return s;
}

void
take (void)
{
  use (tiny);
}

/* { dg-final { scan-gearshift-file redirect-area.s {(?:\tnop\n){16}\t\.type\ttiny, @function\ntiny:\n} } } */
/* { dg-final { scan-gearshift-file redirect-area.s {(?:\tnop\n){16}\t\.type\tloop, @function\nloop:\n} } } */
/* { dg-final { scan-gearshift-file redirect-area.s {(?:\tnop\n){16}\t\.type\tpub, @function\npub:\n} } } */
/* { dg-final { scan-gearshift-file redirect-area.s {\t\.type\tleaf, @function} } } */
/* { dg-final { scan-gearshift-file-not redirect-area.s {\tnop\n\t\.type\tleaf, @function} } } */
/* { dg-final { scan-gearshift-file-not redirect-area.s {\tnop\n\t\.type\tloop\.gs_low, @function} } } */
/* { dg-final { scan-gearshift-file-not redirect-area.s {(?:\tnop\n){2}\t\.type\town, @function} } } */
