/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model.impl;

import java.util.Date;

import nl.leefwereld.model.Memo;
import nl.leefwereld.model.ModelPackage;
import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Memo</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getText <em>Text</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getAuthor <em>Author</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getCreated <em>Created</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getModified <em>Modified</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getSpanStart <em>Span Start</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getSpanEnd <em>Span End</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.impl.MemoImpl#getCodeId <em>Code Id</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MemoImpl extends IdentifiedImpl implements Memo {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected static final String TEXT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getText() <em>Text</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getText()
	 * @generated
	 * @ordered
	 */
	protected String text = TEXT_EDEFAULT;

	/**
	 * The default value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected static final String AUTHOR_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAuthor() <em>Author</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAuthor()
	 * @generated
	 * @ordered
	 */
	protected String author = AUTHOR_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected static final Date CREATED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreated() <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreated()
	 * @generated
	 * @ordered
	 */
	protected Date created = CREATED_EDEFAULT;

	/**
	 * The default value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected static final Date MODIFIED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getModified() <em>Modified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModified()
	 * @generated
	 * @ordered
	 */
	protected Date modified = MODIFIED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUtterance() <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtterance()
	 * @generated
	 * @ordered
	 */
	protected Utterance utterance;

	/**
	 * The default value of the '{@link #getSpanStart() <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanStart()
	 * @generated
	 * @ordered
	 */
	protected static final int SPAN_START_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSpanStart() <em>Span Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanStart()
	 * @generated
	 * @ordered
	 */
	protected int spanStart = SPAN_START_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpanEnd() <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanEnd()
	 * @generated
	 * @ordered
	 */
	protected static final int SPAN_END_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getSpanEnd() <em>Span End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpanEnd()
	 * @generated
	 * @ordered
	 */
	protected int spanEnd = SPAN_END_EDEFAULT;

	/**
	 * The default value of the '{@link #getMethodId() <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodId()
	 * @generated
	 * @ordered
	 */
	protected static final String METHOD_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMethodId() <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMethodId()
	 * @generated
	 * @ordered
	 */
	protected String methodId = METHOD_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCodeId() <em>Code Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCodeId()
	 * @generated
	 * @ordered
	 */
	protected String codeId = CODE_ID_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MemoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.MEMO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText() {
		return text;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setText(String newText) {
		String oldText = text;
		text = newText;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__TEXT, oldText, text));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAuthor() {
		return author;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAuthor(String newAuthor) {
		String oldAuthor = author;
		author = newAuthor;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__AUTHOR, oldAuthor, author));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getCreated() {
		return created;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreated(Date newCreated) {
		Date oldCreated = created;
		created = newCreated;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__CREATED, oldCreated, created));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getModified() {
		return modified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModified(Date newModified) {
		Date oldModified = modified;
		modified = newModified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__MODIFIED, oldModified, modified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getUtterance() {
		if (utterance != null && utterance.eIsProxy()) {
			InternalEObject oldUtterance = (InternalEObject)utterance;
			utterance = (Utterance)eResolveProxy(oldUtterance);
			if (utterance != oldUtterance) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.MEMO__UTTERANCE, oldUtterance, utterance));
			}
		}
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetUtterance() {
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtterance(Utterance newUtterance) {
		Utterance oldUtterance = utterance;
		utterance = newUtterance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__UTTERANCE, oldUtterance, utterance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSpanStart() {
		return spanStart;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpanStart(int newSpanStart) {
		int oldSpanStart = spanStart;
		spanStart = newSpanStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__SPAN_START, oldSpanStart, spanStart));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getSpanEnd() {
		return spanEnd;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpanEnd(int newSpanEnd) {
		int oldSpanEnd = spanEnd;
		spanEnd = newSpanEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__SPAN_END, oldSpanEnd, spanEnd));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMethodId() {
		return methodId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMethodId(String newMethodId) {
		String oldMethodId = methodId;
		methodId = newMethodId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__METHOD_ID, oldMethodId, methodId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCodeId() {
		return codeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCodeId(String newCodeId) {
		String oldCodeId = codeId;
		codeId = newCodeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.MEMO__CODE_ID, oldCodeId, codeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.MEMO__TITLE:
				return getTitle();
			case ModelPackage.MEMO__TEXT:
				return getText();
			case ModelPackage.MEMO__AUTHOR:
				return getAuthor();
			case ModelPackage.MEMO__CREATED:
				return getCreated();
			case ModelPackage.MEMO__MODIFIED:
				return getModified();
			case ModelPackage.MEMO__UTTERANCE:
				if (resolve) return getUtterance();
				return basicGetUtterance();
			case ModelPackage.MEMO__SPAN_START:
				return getSpanStart();
			case ModelPackage.MEMO__SPAN_END:
				return getSpanEnd();
			case ModelPackage.MEMO__METHOD_ID:
				return getMethodId();
			case ModelPackage.MEMO__CODE_ID:
				return getCodeId();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.MEMO__TITLE:
				setTitle((String)newValue);
				return;
			case ModelPackage.MEMO__TEXT:
				setText((String)newValue);
				return;
			case ModelPackage.MEMO__AUTHOR:
				setAuthor((String)newValue);
				return;
			case ModelPackage.MEMO__CREATED:
				setCreated((Date)newValue);
				return;
			case ModelPackage.MEMO__MODIFIED:
				setModified((Date)newValue);
				return;
			case ModelPackage.MEMO__UTTERANCE:
				setUtterance((Utterance)newValue);
				return;
			case ModelPackage.MEMO__SPAN_START:
				setSpanStart((Integer)newValue);
				return;
			case ModelPackage.MEMO__SPAN_END:
				setSpanEnd((Integer)newValue);
				return;
			case ModelPackage.MEMO__METHOD_ID:
				setMethodId((String)newValue);
				return;
			case ModelPackage.MEMO__CODE_ID:
				setCodeId((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.MEMO__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ModelPackage.MEMO__TEXT:
				setText(TEXT_EDEFAULT);
				return;
			case ModelPackage.MEMO__AUTHOR:
				setAuthor(AUTHOR_EDEFAULT);
				return;
			case ModelPackage.MEMO__CREATED:
				setCreated(CREATED_EDEFAULT);
				return;
			case ModelPackage.MEMO__MODIFIED:
				setModified(MODIFIED_EDEFAULT);
				return;
			case ModelPackage.MEMO__UTTERANCE:
				setUtterance((Utterance)null);
				return;
			case ModelPackage.MEMO__SPAN_START:
				setSpanStart(SPAN_START_EDEFAULT);
				return;
			case ModelPackage.MEMO__SPAN_END:
				setSpanEnd(SPAN_END_EDEFAULT);
				return;
			case ModelPackage.MEMO__METHOD_ID:
				setMethodId(METHOD_ID_EDEFAULT);
				return;
			case ModelPackage.MEMO__CODE_ID:
				setCodeId(CODE_ID_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.MEMO__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ModelPackage.MEMO__TEXT:
				return TEXT_EDEFAULT == null ? text != null : !TEXT_EDEFAULT.equals(text);
			case ModelPackage.MEMO__AUTHOR:
				return AUTHOR_EDEFAULT == null ? author != null : !AUTHOR_EDEFAULT.equals(author);
			case ModelPackage.MEMO__CREATED:
				return CREATED_EDEFAULT == null ? created != null : !CREATED_EDEFAULT.equals(created);
			case ModelPackage.MEMO__MODIFIED:
				return MODIFIED_EDEFAULT == null ? modified != null : !MODIFIED_EDEFAULT.equals(modified);
			case ModelPackage.MEMO__UTTERANCE:
				return utterance != null;
			case ModelPackage.MEMO__SPAN_START:
				return spanStart != SPAN_START_EDEFAULT;
			case ModelPackage.MEMO__SPAN_END:
				return spanEnd != SPAN_END_EDEFAULT;
			case ModelPackage.MEMO__METHOD_ID:
				return METHOD_ID_EDEFAULT == null ? methodId != null : !METHOD_ID_EDEFAULT.equals(methodId);
			case ModelPackage.MEMO__CODE_ID:
				return CODE_ID_EDEFAULT == null ? codeId != null : !CODE_ID_EDEFAULT.equals(codeId);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (title: "); //$NON-NLS-1$
		result.append(title);
		result.append(", text: "); //$NON-NLS-1$
		result.append(text);
		result.append(", author: "); //$NON-NLS-1$
		result.append(author);
		result.append(", created: "); //$NON-NLS-1$
		result.append(created);
		result.append(", modified: "); //$NON-NLS-1$
		result.append(modified);
		result.append(", spanStart: "); //$NON-NLS-1$
		result.append(spanStart);
		result.append(", spanEnd: "); //$NON-NLS-1$
		result.append(spanEnd);
		result.append(", methodId: "); //$NON-NLS-1$
		result.append(methodId);
		result.append(", codeId: "); //$NON-NLS-1$
		result.append(codeId);
		result.append(')');
		return result.toString();
	}

} //MemoImpl
