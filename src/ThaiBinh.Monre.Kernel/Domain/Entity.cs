namespace ThaiBinh.Monre.Kernel.Domain;

public abstract class Entity<TKey>
    where TKey : notnull
{
    public TKey Id { get; protected set; } = default!;
}
